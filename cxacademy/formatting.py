"""Numbers and money as people read them, in the active language (design decision 6).

One place owns how the academy writes a number or an amount of money, so the run
page, the debrief, the charts and any report say it the same way:

* `number(3.25)` → "3,25" in Indonesian, "3.25" in English; `number(5, places=1,
  fixed=True)` → "5,0" (a KPI headline keeps its decimals);
* `money(250_000)` → "Rp 250.000" / "Rp 250,000"; round millions, billions and
  trillions read in words: `money(100_000_000)` → "Rp 100 juta" / "Rp 100 million",
  `money(1_500_000_000)` → "Rp 1,5 miliar" / "Rp 1.5 billion". An amount that is not
  a round number of them (Rp 1.234.567) is written out in full. A negative amount
  reads "-Rp 5 juta"; nothing is "Rp -5 juta".
* `budget(10, "Rp juta")` → "Rp 10 juta": a simulation counts its budget in the
  unit the trainer chose ("Rp juta", "Rp million", "Rp ribu", "Rp", or anything
  else such as "hari", which is written after the number: "15 hari").

The space between "Rp", the number and its word is a no-break space, so a line
never ends on a lone "Rp". Indonesian groups thousands with "." and writes decimals
with ","; English the other way round.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation

from django.utils.formats import number_format
from django.utils.translation import get_language

__all__ = ["budget", "decimals_of", "money", "number"]

NBSP = "\u00a0"

# The words for big amounts are part of how a language writes numbers, like its
# separators (Django's per-language formats), not prose to translate: they live
# here, by language, so money reads right without waiting for a catalogue. A
# language not listed writes them as English does.
_BIG_AMOUNTS = {
    "id": ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta")),
    "en": ((10**12, "trillion"), (10**9, "billion"), (10**6, "million")),
}
_WIDE = Context(prec=400)  # room for every float's digits when rounding

# "Rp juta", "rp. million", "IDR ribu"… → how many rupiah one unit is.
_RUPIAH_UNIT = re.compile(
    r"^\s*(?:rp\.?|idr)\s*(?P<scale>ribu|rb|thousand|juta|jt|million|miliar|milyar|billion)?"
    r"\s*$",
    re.IGNORECASE,
)
_SCALES = {
    None: 1,
    "ribu": 10**3,
    "rb": 10**3,
    "thousand": 10**3,
    "juta": 10**6,
    "jt": 10**6,
    "million": 10**6,
    "miliar": 10**9,
    "milyar": 10**9,
    "billion": 10**9,
}


def _decimal(value) -> Decimal | None:
    """The value as a finite Decimal (a float through its shortest repr: 4.8, not
    4.7999…), or None when it is missing or not a number."""
    if value is None or isinstance(value, bool):
        return None
    try:
        if isinstance(value, float):
            if not math.isfinite(value):
                return None
            return Decimal(repr(value))
        number_ = Decimal(str(value).strip()) if isinstance(value, str) else Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return None
    return number_ if number_.is_finite() else None


def decimals_of(value) -> int:
    """How many decimals the value is written with (3.25 → 2, 5.0 → 0, 70 → 0)."""
    found = _decimal(value)
    if found is None:
        return 0
    return max(-found.normalize().as_tuple().exponent, 0)


def number(value, *, places: int | None = None, fixed: bool = False, grouping: bool = False):
    """The number in the active language's format: "72,5" / "72.5".

    `places` rounds half up to at most that many decimals (all of them when None);
    trailing zeros are dropped unless `fixed`, which always shows `places` decimals
    ("5,0"). `grouping` separates thousands ("1.234"). A value that is not a number
    is returned unchanged, so a template shows what it was given."""
    found = _decimal(value)
    if found is None:
        return value
    if places is not None:
        found = found.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP, context=_WIDE)
    if fixed and places is not None:
        shown = places
    else:
        found = found.normalize(_WIDE) if found else Decimal(0)
        shown = max(-found.as_tuple().exponent, 0)
    if found == 0:
        found = abs(found)  # never "-0"
    return number_format(found, decimal_pos=shown, force_grouping=grouping)


def money(amount) -> str:
    """An amount of rupiah as people write it: "Rp 250.000", "Rp 100 juta"."""
    found = _decimal(amount)
    if found is None:
        return ""
    sign = "-" if found < 0 else ""
    found = abs(found)
    language = (get_language() or "en").split("-")[0]
    for scale, word in _BIG_AMOUNTS.get(language, _BIG_AMOUNTS["en"]):
        scaled = found / scale
        # In words only when it says the amount exactly, in at most two decimals.
        if found >= scale and scaled == scaled.quantize(Decimal("0.01"), context=_WIDE):
            return f"{sign}Rp{NBSP}{number(scaled, places=2)}{NBSP}{word}"
    return f"{sign}Rp{NBSP}{number(found, places=2, grouping=True)}"


def budget(amount, unit: str = "") -> str:
    """An amount counted in a simulation's budget unit, as money when the unit is
    rupiah ("Rp juta": 10 → "Rp 10 juta"), else the number and the unit ("15 hari")."""
    found = _decimal(amount)
    if found is None:
        return ""
    unit = (unit or "").strip()
    rupiah = _RUPIAH_UNIT.match(unit)
    if rupiah:
        scale = rupiah.group("scale")
        return money(found * _SCALES[scale.lower() if scale else None])
    shown = number(found, grouping=True)
    return f"{shown}{NBSP}{unit}" if unit else shown
