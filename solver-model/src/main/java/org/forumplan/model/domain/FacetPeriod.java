package org.forumplan.model.domain;

/**
 * One facet of a session (its room, a person, ...) during one period it runs: the sessions sharing a facet period are
 * exactly the sessions that clash on that facet then.
 *
 * <p>Not a fact of the problem but the key under which the constraint streams group sessions; here because {@link
 * Session#facetPeriods()} builds it.
 *
 * <p>Equal by facet and period. Not a record: each move creates and hashes a few of these, so the hash is computed once;
 * as records, this class and {@link SessionFacet} were about 5% slower on IGF 2014 (best of four solves each).
 */
public final class FacetPeriod {

    private final SessionFacet facet;
    private final Period period;
    private final int hash;

    public FacetPeriod(SessionFacet facet, Period period) {
        this.facet = facet;
        this.period = period;
        this.hash = facet.hashCode() * SessionFacet.SPREAD + period.index();
    }

    public SessionFacet facet() {
        return facet;
    }

    public Period period() {
        return period;
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || (other instanceof FacetPeriod that
                        && hash == that.hash
                        && period == that.period
                        && facet.equals(that.facet));
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return facet + "@" + period;
    }
}
