from datetime import date

import pytest

from flashpoint.coding.dates import find_dates, iter_resolved

REF = date(2024, 8, 1)  # a Thursday


@pytest.mark.parametrize("sentence, expected", [
    ("The council met on Wednesday morning.", [("2024-07-31", "day")]),
    ("In April, the army attacked.", [("2024-04", "month")]),
    ("He was killed on January 3, 2020, near the airport.", [("2020-01-03", "day")]),
    ("The deal was executed on September 18th.", [("2023-09-18", "day")]),
    ("On October 10th, the leader spoke.", [("2023-10-10", "day")]),
    ("Elections are scheduled for November 2024.", [("2024-11", "month")]),
    ("Talks collapsed yesterday.", [("2024-07-31", "day")]),
    ("Troops left three days ago.", [("2024-07-29", "day")]),
    ("The war began in 2022.", [("2022", "year")]),
    ("Fighting resumed on 2024-07-15.", [("2024-07-15", "day")]),
])
def test_resolution_against_publication_date(sentence, expected):
    got = [(r.value, r.precision) for _, r in iter_resolved(sentence, REF)]
    assert got == expected


def test_clock_times_are_not_dates():
    assert find_dates("He was killed about 2 a.m. local time and buried at 5 p.m.") == []


def test_modal_may_is_not_a_month():
    assert find_dates("Iran may respond and it may take weeks.") == []


def test_nearest_year_for_inferred_reference():
    got = [r.value for _, r in iter_resolved("On October 10th he spoke.", date(2023, 10, 7),
                                              "nearest")]
    assert got == ["2023-10-10"]


def test_without_reference_only_absolute_dates_resolve():
    got = [r.value for _, r in iter_resolved("On Monday, and on March 3, 2021.", None)]
    assert got == ["2021-03-03"]
