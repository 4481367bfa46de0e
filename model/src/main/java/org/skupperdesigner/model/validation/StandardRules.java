package org.skupperdesigner.model.validation;

import java.util.List;

import org.skupperdesigner.model.validation.rules.access.RouterAccessPortClashRule;
import org.skupperdesigner.model.validation.rules.access.RouterAccessRolesRule;
import org.skupperdesigner.model.validation.rules.access.RouterAccessTypeRule;
import org.skupperdesigner.model.validation.rules.links.DuplicateLinkRule;
import org.skupperdesigner.model.validation.rules.links.EdgeUplinkCostRule;
import org.skupperdesigner.model.validation.rules.links.EdgeWithoutUplinkRule;
import org.skupperdesigner.model.validation.rules.links.LinkCostRule;
import org.skupperdesigner.model.validation.rules.links.LinkCredentialsMissingRule;
import org.skupperdesigner.model.validation.rules.links.LinkEndpointRoleRule;
import org.skupperdesigner.model.validation.rules.links.LinkJoinsNetworksRule;
import org.skupperdesigner.model.validation.rules.links.LinkRoleMissingRule;
import org.skupperdesigner.model.validation.rules.links.LinkRouterAccessUnknownRule;
import org.skupperdesigner.model.validation.rules.links.LinkTargetAccessRule;
import org.skupperdesigner.model.validation.rules.links.ExternalHostMissingRule;
import org.skupperdesigner.model.validation.rules.links.LinkTargetEdgeRule;
import org.skupperdesigner.model.validation.rules.links.LinkUnknownSiteRule;
import org.skupperdesigner.model.validation.rules.links.RealizedByMissingRule;
import org.skupperdesigner.model.validation.rules.links.SelfLinkRule;
import org.skupperdesigner.model.validation.rules.links.UnmappedLinkResourceRule;
import org.skupperdesigner.model.validation.rules.names.Dns1123NameRule;
import org.skupperdesigner.model.validation.rules.names.DuplicateResourceNameRule;
import org.skupperdesigner.model.validation.rules.names.ListenerHostServiceNameRule;
import org.skupperdesigner.model.validation.rules.names.NamespaceNameRule;
import org.skupperdesigner.model.validation.rules.names.RoutingKeySyntaxRule;
import org.skupperdesigner.model.validation.rules.names.SystemHostRule;
import org.skupperdesigner.model.validation.rules.names.SystemLabelNameRule;
import org.skupperdesigner.model.validation.rules.routingkeys.KeyInOtherNetworkRule;
import org.skupperdesigner.model.validation.rules.routingkeys.NearMissKeyRule;
import org.skupperdesigner.model.validation.rules.routingkeys.UnmatchedListenerRule;
import org.skupperdesigner.model.validation.rules.routingkeys.UnusedConnectorRule;
import org.skupperdesigner.model.validation.rules.services.AttachedBindingWithoutConnectorRule;
import org.skupperdesigner.model.validation.rules.services.AttachedConnectorWithoutBindingRule;
import org.skupperdesigner.model.validation.rules.services.AttachedNamespaceMismatchRule;
import org.skupperdesigner.model.validation.rules.services.AttachedSiteNamespaceRule;
import org.skupperdesigner.model.validation.rules.services.ConnectorTargetRule;
import org.skupperdesigner.model.validation.rules.services.ExposePodsConnectorRule;
import org.skupperdesigner.model.validation.rules.services.ExposePodsListenerRule;
import org.skupperdesigner.model.validation.rules.services.ListenerAddressClashRule;
import org.skupperdesigner.model.validation.rules.services.MultiKeyKeysRule;
import org.skupperdesigner.model.validation.rules.services.MultiKeyStrategyRule;
import org.skupperdesigner.model.validation.rules.services.ObserverRule;
import org.skupperdesigner.model.validation.rules.services.PortRangeRule;
import org.skupperdesigner.model.validation.rules.services.ServiceTypeRule;
import org.skupperdesigner.model.validation.rules.services.SystemConnectorHostRule;
import org.skupperdesigner.model.validation.rules.services.TlsOptionsWithoutCredentialsRule;
import org.skupperdesigner.model.validation.rules.services.TlsSecretMissingRule;
import org.skupperdesigner.model.validation.rules.sites.DuplicateSiteNameRule;
import org.skupperdesigner.model.validation.rules.sites.EdgeHaRule;
import org.skupperdesigner.model.validation.rules.sites.EdgeLinkAccessRule;
import org.skupperdesigner.model.validation.rules.sites.ForeignNamespaceRule;
import org.skupperdesigner.model.validation.rules.sites.IsolatedSiteRule;
import org.skupperdesigner.model.validation.rules.sites.KubeOnlyFieldRule;
import org.skupperdesigner.model.validation.rules.sites.KubeOnlyKindRule;
import org.skupperdesigner.model.validation.rules.sites.LinkAccessValueRule;
import org.skupperdesigner.model.validation.rules.sites.MissingSiteResourceRule;
import org.skupperdesigner.model.validation.rules.sites.MultipleSiteResourcesRule;
import org.skupperdesigner.model.validation.rules.sites.OptionalLinkAccessRule;
import org.skupperdesigner.model.validation.rules.sites.RequiredFieldsRule;
import org.skupperdesigner.model.validation.rules.sites.SharedNamespaceRule;
import org.skupperdesigner.model.validation.rules.sites.SiteSettingsKeyRule;
import org.skupperdesigner.model.validation.rules.sites.UnknownFieldRule;
import org.skupperdesigner.model.validation.rules.tokens.GrantExpirationWindowRule;
import org.skupperdesigner.model.validation.rules.tokens.GrantRedemptionsRule;
import org.skupperdesigner.model.validation.rules.tokens.GrantSiteRule;
import org.skupperdesigner.model.validation.rules.tokens.RolloutWindowRule;
import org.skupperdesigner.model.validation.rules.tokens.TokenCostMismatchRule;
import org.skupperdesigner.model.validation.rules.tokens.TokenLinkCostRule;
import org.skupperdesigner.model.validation.rules.tokens.TokenUrlRule;

/** The designer's rule catalogue, grouped as in {@code docs/validation-rules.md}. */
final class StandardRules {

    private StandardRules() {
    }

    static RuleSet create() {
        return RuleSet.of(List.of(
                // names
                new Dns1123NameRule(), new SystemLabelNameRule(), new NamespaceNameRule(),
                new ListenerHostServiceNameRule(), new SystemHostRule(), new RoutingKeySyntaxRule(),
                new DuplicateResourceNameRule(),
                // sites and platforms
                new RequiredFieldsRule(), new UnknownFieldRule(), new MissingSiteResourceRule(),
                new MultipleSiteResourcesRule(),
                new ForeignNamespaceRule(), new EdgeHaRule(), new EdgeLinkAccessRule(), new LinkAccessValueRule(),
                new OptionalLinkAccessRule(), new SiteSettingsKeyRule(), new KubeOnlyKindRule(),
                new KubeOnlyFieldRule(), new SharedNamespaceRule(), new DuplicateSiteNameRule(),
                new IsolatedSiteRule(),
                // router access
                new RouterAccessRolesRule(), new RouterAccessPortClashRule(), new RouterAccessTypeRule(),
                // services
                new ConnectorTargetRule(), new SystemConnectorHostRule(), new PortRangeRule(),
                new ListenerAddressClashRule(), new ServiceTypeRule(), new ObserverRule(),
                new TlsOptionsWithoutCredentialsRule(), new TlsSecretMissingRule(), new ExposePodsConnectorRule(),
                new ExposePodsListenerRule(), new MultiKeyStrategyRule(), new MultiKeyKeysRule(),
                new AttachedConnectorWithoutBindingRule(), new AttachedBindingWithoutConnectorRule(),
                new AttachedNamespaceMismatchRule(), new AttachedSiteNamespaceRule(),
                // links
                new LinkUnknownSiteRule(), new SelfLinkRule(), new DuplicateLinkRule(), new LinkCostRule(),
                new EdgeUplinkCostRule(), new LinkTargetEdgeRule(), new ExternalHostMissingRule(), LinkTargetAccessRule.forLinks(),
                new LinkRouterAccessUnknownRule(), new LinkRoleMissingRule(), new RealizedByMissingRule(),
                new LinkEndpointRoleRule(), new LinkCredentialsMissingRule(), new UnmappedLinkResourceRule(),
                new EdgeWithoutUplinkRule(), new LinkJoinsNetworksRule(),
                // routing keys
                new UnmatchedListenerRule(), new KeyInOtherNetworkRule(), new NearMissKeyRule(),
                new UnusedConnectorRule(),
                // tokens and grants
                new GrantRedemptionsRule(), new GrantExpirationWindowRule(), new GrantSiteRule(), new TokenUrlRule(),
                new TokenLinkCostRule(), new TokenCostMismatchRule(), LinkTargetAccessRule.forTokens(),
                new RolloutWindowRule()));
    }
}
