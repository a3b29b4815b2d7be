"""The numbers in the stem of each numeric question of CX Mindset (by question name),
by metric: the tests recompute the right answer, and the mistakes its wrong answers
catch, from them. Test data: the questions themselves live in the course package."""

CHECKS = {
    "M1 · Average resolution time of a help desk": {
        "metric": "resolution_time",
        "hours": 1050,
        "resolved": 150,
        "received": 180,
    },
    "M2 · Drop-off at the returns form": {"metric": "drop_off", "started": 2000, "finished": 1400},
    "M3 · CSAT from a chat survey": {
        "metric": "csat",
        "counts": {5: 210, 4: 150, 3: 60, 2: 36, 1: 24},
    },
    "M3 · NPS from a score distribution": {
        "metric": "nps",
        "groups": [
            (10, 10, 110),
            (9, 9, 70),
            (8, 8, 65),
            (7, 7, 55),
            (6, 6, 40),
            (5, 5, 30),
            (0, 4, 30),
        ],
    },
    "M3 · CES after a return": {
        "metric": "ces",
        "counts": {7: 30, 6: 40, 5: 50, 4: 40, 3: 20, 2: 10, 1: 10},
    },
    "M3 · Retention of postpaid customers": {
        "metric": "retention",
        "start": 2400,
        "new": 600,
        "end": 2520,
    },
    "M3 · Churn of a membership programme": {
        "metric": "churn",
        "start": 1600,
        "lost": 240,
        "new": 400,
        "end": 1760,
    },
    "M3 · CLV of a cosmetics customer": {
        "metric": "clv",
        "order_value": 180000,
        "purchases_per_year": 5,
        "years": 4,
    },
    "M3 · FCR of a bank call center": {
        "metric": "fcr",
        "issues": 2000,
        "first_contact": 1540,
        "contacts": 2600,
    },
    "M3 · AHT of a telco shift": {
        "metric": "aht",
        "talk": 1800,
        "hold": 240,
        "after": 360,
        "contacts": 400,
    },
    "M4 · Churn budget of a SMART goal": {
        "metric": "churn_limit",
        "start": 8000,
        "current": 5,
        "target": 4,
    },
    "Final · NPS from group counts": {
        "metric": "nps",
        "groups": [(9, 10, 210), (7, 8, 190), (0, 6, 100)],
    },
    "Final · Retention of e-wallet users": {
        "metric": "retention",
        "start": 3200,
        "new": 500,
        "end": 3380,
    },
    "Final · CSAT of a bank branch": {
        "metric": "csat",
        "counts": {5: 120, 4: 85, 3: 25, 2: 12, 1: 8},
    },
    "Final · CLV of a data-plan customer": {
        "metric": "clv",
        "order_value": 75000,
        "purchases_per_year": 12,
        "years": 3,
    },
    "Final · AHT of a chat team": {
        "metric": "aht",
        "talk": 840,
        "hold": 120,
        "after": 240,
        "contacts": 120,
    },
}
