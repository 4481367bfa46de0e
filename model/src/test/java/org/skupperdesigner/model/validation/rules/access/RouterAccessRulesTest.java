package org.skupperdesigner.model.validation.rules.access;

import static org.skupperdesigner.model.validation.Mutations.edit;
import static org.skupperdesigner.model.validation.RuleCase.of;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.skupperdesigner.model.network.Network;
import org.skupperdesigner.model.resource.RouterAccess;
import org.skupperdesigner.model.resource.RouterAccessRole;
import org.skupperdesigner.model.resource.RouterAccessSpec;
import org.skupperdesigner.model.validation.Mutations;
import org.skupperdesigner.model.validation.Resources;
import org.skupperdesigner.model.validation.RuleCase;
import org.skupperdesigner.model.validation.RuleTableTest;

public class RouterAccessRulesTest extends RuleTableTest {

    @Override
    protected List<RuleCase> cases() {
        return List.of(
                of("router-access.roles", "kube RouterAccess with role normal", roles(
                        Resources.role("inter-router", 55671), Resources.role("edge", 45671),
                        Resources.role("normal", 5671))),
                of("router-access.roles", "role listed twice", roles(
                        Resources.role("inter-router", 55671), Resources.role("edge", 45671),
                        Resources.role("edge", 45672))),
                of("router-access.port-clash", "both roles on 55671", roles(
                        Resources.role("inter-router", 55671), Resources.role("edge", 55671))),
                of("router-access.port-clash", "system listener on the router access port",
                        Mutations.all(Mutations.append("lab", Resources.routerAccess("lab-access", "lab-server",
                                Resources.role("inter-router", 55671))),
                                Mutations.append("lab", Resources.listener("clash", "db", "127.0.0.1", 55671)))),
                of("router-access.access-type", "accessType magic", edit("east", RouterAccess.class, "east-access",
                        ra -> ra.withSpec(spec(ra.spec(), ra.spec().roles(), "magic")))));
    }

    private static UnaryOperator<Network> roles(RouterAccessRole... roles) {
        return edit("east", RouterAccess.class, "east-access",
                ra -> ra.withSpec(spec(ra.spec(), new ArrayList<>(List.of(roles)), ra.spec().accessType())));
    }

    private static RouterAccessSpec spec(RouterAccessSpec s, List<RouterAccessRole> roles, String accessType) {
        return new RouterAccessSpec(roles, s.tlsCredentials(), s.generateTlsCredentials(), s.issuer(), accessType,
                s.bindHost(), s.subjectAlternativeNames(), Map.of(), Map.of());
    }
}
