package dev.acmr.participant.adapter.view;

/** How many compositions or instances a view holds and the sum of their revisions. */
public record ViewHoldings(int count, long revisionSum) {

    public ViewHoldings plus(ViewHoldings other) {
        return new ViewHoldings(count + other.count, revisionSum + other.revisionSum);
    }
}
