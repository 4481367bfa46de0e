package org.skupperdesigner.router.forward;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ServiceBalancerTest {
    record C(int inFlight, int cost, int capacity) implements BalanceCandidate {
        static C local(int inFlight) {
            return new C(inFlight, 0, ServiceBalancer.LOCAL_CAPACITY);
        }

        static C remote(int inFlight, int cost) {
            return new C(inFlight, cost, ServiceBalancer.REMOTE_CAPACITY);
        }
    }

    @Test
    void nothingToChooseFrom() {
        assertThat(ServiceBalancer.choose(List.of(), 0, List.of())).isEqualTo(ServiceBalancer.NONE);
    }

    @Test
    void idleLocalWinsWithoutLookingAtRemotes() {
        int choice = ServiceBalancer.choose(List.of(C.local(3), C.local(0)), 0, List.of(C.remote(0, 1)));
        assertThat(choice).isEqualTo(1);
    }

    @Test
    void idleLocalsAreSearchedFromTheRotationPoint() {
        List<C> locals = List.of(C.local(0), C.local(0), C.local(0));
        assertThat(ServiceBalancer.choose(locals, 0, List.of())).isZero();
        assertThat(ServiceBalancer.choose(locals, 1, List.of())).isEqualTo(1);
        assertThat(ServiceBalancer.choose(locals, 5, List.of())).isEqualTo(2);
    }

    @Test
    void localWinsATieWithRemote() {
        assertThat(ServiceBalancer.choose(List.of(C.local(2)), 0, List.of(C.remote(1, 1)))).isZero();
    }

    @Test
    void remoteWinsWhenInFlightPlusCostIsLower() {
        int choice = ServiceBalancer.choose(List.of(C.local(3)), 0, List.of(C.remote(1, 1)));
        assertThat(ServiceBalancer.isLocal(choice)).isFalse();
        assertThat(ServiceBalancer.remoteIndex(choice)).isZero();
    }

    @Test
    void lowestRemoteWinsAndFirstWinsAmongEquals() {
        List<C> remotes = List.of(C.remote(3, 2), C.remote(2, 3), C.remote(1, 1), C.remote(0, 2));
        assertThat(ServiceBalancer.remoteIndex(ServiceBalancer.choose(List.of(), 0, remotes))).isEqualTo(2);
    }

    @Test
    void busyLocalAtCapacityLosesToAnyEligibleRemoteWhateverTheCost() {
        int choice = ServiceBalancer.choose(List.of(C.local(5)), 0, List.of(C.remote(0, 1000)));
        assertThat(ServiceBalancer.remoteIndex(choice)).isZero();
    }

    @Test
    void ineligibleCandidatesAreUsedWhenNothingElseIsLeft() {
        int choice = ServiceBalancer.choose(List.of(C.local(7), C.local(6)), 0, List.of(C.remote(250, 1)));
        assertThat(choice).isEqualTo(1);
    }

    @Test
    void remoteAtLinkCapacityLosesToEligibleRemote() {
        List<C> remotes = List.of(C.remote(250, 1), C.remote(100, 50));
        assertThat(ServiceBalancer.remoteIndex(ServiceBalancer.choose(List.of(), 0, remotes))).isEqualTo(1);
    }
}
