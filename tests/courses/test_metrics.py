"""The CX metrics of module 3: the brief's worked examples, the rules that matter, the edges."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from courses import metrics
from courses.metrics import MetricError

counts = st.integers(min_value=0, max_value=100_000)
money = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False)


# --- The worked examples in the curriculum brief -----------------------------------------


def test_csat_160_of_200_satisfied_is_80_percent():
    assert metrics.csat(satisfied=160, responses=200) == 80


def test_csat_counts_only_4_and_5_as_satisfied():
    assert metrics.csat_from_ratings({5: 100, 4: 60, 3: 25, 2: 10, 1: 5}) == 80


def test_nps_brief_example_is_25():
    # 200 answers: 90 promoters, 70 passives, 40 detractors → 45% − 20% = 25.
    assert metrics.nps(promoters=90, passives=70, detractors=40) == 25


def test_nps_passives_count_in_the_total_but_in_neither_group():
    # The seed article garbles this: leaving passives out of the total would give
    # (90 − 40) ÷ 130 = 38.5 instead of 25.
    with_passives = metrics.nps(promoters=90, passives=70, detractors=40)
    assert with_passives == 25
    assert metrics.nps(promoters=90, passives=0, detractors=40) != with_passives


def test_nps_from_scores_sorts_9_10_7_8_and_0_6():
    scores = {10: 50, 9: 40, 8: 45, 7: 25, 6: 20, 3: 15, 0: 5}
    groups = metrics.nps_groups(scores)
    assert (groups.promoters, groups.passives, groups.detractors) == (90, 70, 40)
    assert metrics.nps_from_scores(scores) == 25


def test_retention_brief_example_is_85_percent():
    # S 1,000, N 200, E 1,050 → (1,050 − 200) ÷ 1,000 = 85%.
    assert metrics.retention_rate(start=1000, end=1050, new=200) == 85


def test_retention_leaves_new_customers_out():
    # The tempting mistake, E ÷ S, would give 105%.
    assert metrics.retention_rate(start=1000, end=1050, new=200) != Decimal(105)


def test_churn_brief_example_is_15_percent():
    assert metrics.churn_rate(start=1000, lost=150) == 15


def test_clv_brief_example_is_rp_4_500_000():
    value = metrics.clv(average_order_value=Decimal(250_000), purchases_per_year=6, years=3)
    assert value == Decimal(4_500_000)
    assert isinstance(value, Decimal)


def test_ces_is_the_mean_on_the_1_to_7_scale():
    assert metrics.ces({7: 2, 6: 1, 4: 1}) == Decimal("6")
    assert metrics.ces({7: 1, 1: 1}) == 4


def test_ces_agreement_counts_5_to_7():
    assert metrics.ces_agreement({7: 10, 6: 10, 5: 10, 4: 5, 1: 5}) == 75


def test_fcr_is_first_contact_resolutions_over_all_issues():
    assert metrics.fcr(resolved_first_contact=720, issues=900) == 80


def test_aht_adds_talk_hold_and_after_contact_work_then_divides_by_contacts():
    # 300 + 40 + 60 minutes over 80 contacts = 5 minutes each.
    assert metrics.aht(talk_time=300, hold_time=40, after_contact_work=60, contacts=80) == 5


def test_average_resolution_time():
    assert metrics.average_resolution_time(total_resolution_time=540, tickets_resolved=12) == 45


def test_results_are_exact_decimals_rounded_only_for_display():
    third = metrics.csat(satisfied=1, responses=3)
    assert isinstance(third, Decimal)
    assert metrics.round_half_up(third, 1) == Decimal("33.3")
    assert metrics.round_half_up(Decimal("42.45"), 1) == Decimal("42.5")
    assert metrics.round_half_up(Decimal("-2.5"), 0) == Decimal(-3)


# --- Edges: data that cannot describe a real survey or period ---------------------------


@pytest.mark.parametrize(
    "compute",
    [
        lambda: metrics.csat(satisfied=0, responses=0),
        lambda: metrics.csat_from_ratings({}),
        lambda: metrics.nps(promoters=0, passives=0, detractors=0),
        lambda: metrics.nps_from_scores({}),
        lambda: metrics.ces({}),
        lambda: metrics.ces_agreement({5: 0}),
        lambda: metrics.retention_rate(start=0, end=10, new=10),
        lambda: metrics.churn_rate(start=0, lost=0),
        lambda: metrics.fcr(resolved_first_contact=0, issues=0),
        lambda: metrics.aht(talk_time=10, hold_time=0, after_contact_work=0, contacts=0),
        lambda: metrics.average_resolution_time(total_resolution_time=10, tickets_resolved=0),
    ],
    ids=[
        "csat",
        "csat-ratings",
        "nps",
        "nps-scores",
        "ces",
        "ces-agreement",
        "retention",
        "churn",
        "fcr",
        "aht",
        "resolution",
    ],
)
def test_nobody_to_count_is_a_clear_error(compute):
    with pytest.raises(MetricError, match="at least one"):
        compute()


@pytest.mark.parametrize(
    "compute, message",
    [
        (lambda: metrics.csat(satisfied=201, responses=200), "more satisfied answers"),
        (lambda: metrics.csat(satisfied=-1, responses=200), "cannot be negative"),
        (lambda: metrics.nps(promoters=5, passives=-1, detractors=0), "cannot be negative"),
        (lambda: metrics.csat_from_ratings({6: 10}), "from 1 to 5"),
        (lambda: metrics.nps_from_scores({11: 1}), "from 0 to 10"),
        (lambda: metrics.ces({0: 3}), "from 1 to 7"),
        (lambda: metrics.ces({4.0: 3}), "from 1 to 7"),
        (lambda: metrics.retention_rate(start=100, end=50, new=60), "cannot be more of them"),
        (lambda: metrics.retention_rate(start=100, end=250, new=10), "more than the 100"),
        (lambda: metrics.churn_rate(start=100, lost=101), "more than the 100"),
        (lambda: metrics.fcr(resolved_first_contact=11, issues=10), "more than the 10"),
        (
            lambda: metrics.clv(average_order_value=Decimal(-1), purchases_per_year=2, years=1),
            "cannot be negative",
        ),
        (
            lambda: metrics.clv(average_order_value=Decimal("NaN"), purchases_per_year=1, years=1),
            "finite",
        ),
    ],
)
def test_impossible_data_is_refused_saying_why(compute, message):
    with pytest.raises(MetricError, match=message):
        compute()


@pytest.mark.parametrize(
    "compute",
    [
        lambda: metrics.csat(satisfied=1.5, responses=2),
        lambda: metrics.churn_rate(start=True, lost=0),
        lambda: metrics.clv(average_order_value=250_000.0, purchases_per_year=6, years=3),
        lambda: metrics.aht(talk_time="300", hold_time=0, after_contact_work=0, contacts=1),
    ],
)
def test_floats_strings_and_booleans_are_refused(compute):
    # Money in binary floating point would leak fractions of a rupiah into results.
    with pytest.raises(TypeError):
        compute()


# --- Properties -----------------------------------------------------------------------


@given(promoters=counts, passives=counts, detractors=counts)
def test_nps_is_between_minus_100_and_100(promoters, passives, detractors):
    if promoters + passives + detractors == 0:
        return
    score = metrics.nps(promoters=promoters, passives=passives, detractors=detractors)
    assert -100 <= score <= 100


@given(promoters=counts, detractors=counts, passives=st.integers(min_value=1, max_value=10**5))
def test_more_passives_pull_nps_towards_zero(promoters, detractors, passives):
    if promoters + detractors == 0:
        return
    without = metrics.nps(promoters=promoters, passives=0, detractors=detractors)
    with_passives = metrics.nps(promoters=promoters, passives=passives, detractors=detractors)
    assert abs(with_passives) < abs(without) or without == 0


@given(st.dictionaries(st.integers(min_value=0, max_value=10), counts, min_size=1))
def test_nps_from_scores_equals_promoter_share_minus_detractor_share(scores):
    total = sum(scores.values())
    if total == 0:
        return
    promoters = scores.get(9, 0) + scores.get(10, 0)
    detractors = sum(scores.get(s, 0) for s in range(7))
    expected = Decimal(promoters) * 100 / total - Decimal(detractors) * 100 / total
    assert abs(metrics.nps_from_scores(scores) - expected) < Decimal("1e-20")


@given(satisfied=counts, unsatisfied=counts)
def test_csat_is_a_percentage(satisfied, unsatisfied):
    if satisfied + unsatisfied == 0:
        return
    assert 0 <= metrics.csat(satisfied=satisfied, responses=satisfied + unsatisfied) <= 100


@given(st.dictionaries(st.integers(min_value=1, max_value=7), counts, min_size=1))
def test_ces_mean_stays_on_the_scale(ratings):
    if sum(ratings.values()) == 0:
        return
    used = [score for score, count in ratings.items() if count]
    assert min(used) <= metrics.ces(ratings) <= max(used)


@given(start=st.integers(min_value=1, max_value=10**6), data=st.data())
def test_retention_is_at_most_100_and_retention_plus_churn_is_100(start, data):
    kept = data.draw(st.integers(min_value=0, max_value=start), label="kept")
    new = data.draw(counts, label="new")
    retention = metrics.retention_rate(start=start, end=kept + new, new=new)
    churn = metrics.churn_rate(start=start, lost=start - kept)
    assert 0 <= retention <= 100
    assert abs(retention + churn - 100) < Decimal("1e-20")


@given(start=st.integers(min_value=1, max_value=10**6), new=counts)
def test_keeping_everyone_is_100_percent_retention_however_many_join(start, new):
    assert metrics.retention_rate(start=start, end=start + new, new=new) == 100


@given(order_value=money, purchases=st.integers(0, 365), years=st.integers(0, 50))
def test_clv_is_exact_in_rupiah(order_value, purchases, years):
    value = metrics.clv(average_order_value=order_value, purchases_per_year=purchases, years=years)
    assert value == order_value * purchases * years
    assert value >= 0


@given(resolved=counts, unresolved=counts)
def test_fcr_is_a_percentage(resolved, unresolved):
    if resolved + unresolved == 0:
        return
    assert 0 <= metrics.fcr(resolved_first_contact=resolved, issues=resolved + unresolved) <= 100


@given(
    minutes=st.tuples(*[st.integers(0, 600)] * 3),
    contacts=st.integers(min_value=1, max_value=500),
)
def test_aht_of_identical_contacts_is_one_contact_time(minutes, contacts):
    talk, hold, work = minutes
    assert (
        metrics.aht(
            talk_time=talk * contacts,
            hold_time=hold * contacts,
            after_contact_work=work * contacts,
            contacts=contacts,
        )
        == talk + hold + work
    )
