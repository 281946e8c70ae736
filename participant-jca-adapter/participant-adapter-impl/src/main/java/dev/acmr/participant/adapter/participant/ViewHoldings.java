package dev.acmr.participant.adapter.participant;

/** How many compositions or instances a view holds and the sum of their revisions. */
record ViewHoldings(int count, long revisionSum) {

    ViewHoldings plus(ViewHoldings other) {
        return new ViewHoldings(count + other.count, revisionSum + other.revisionSum);
    }
}
