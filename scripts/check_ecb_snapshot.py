"""Check the bundled ECB snapshot against the ECB's own full history.

Usage::

    python scripts/check_ecb_snapshot.py                 # downloads eurofxref-hist.xml (a few MB)
    python scripts/check_ecb_snapshot.py eurofxref-hist.xml   # or reads a copy you downloaded

Every table of every file in ``src/borderless/data/fx/`` must equal the ECB's table of the same date,
rate for rate. Prints one line per difference and exits 1 if there is any, else 0.
"""

from __future__ import annotations

import sys
from pathlib import Path

from borderless.fx.ecb import ECB_HIST_URL, fetch_ecb, parse_ecb_xml

DATA = Path(__file__).resolve().parents[1] / "src" / "borderless" / "data" / "fx"


def main(argv: list[str]) -> int:
    if argv:
        reference = parse_ecb_xml(Path(argv[0]).read_bytes(), origin=argv[0])
    else:
        reference = parse_ecb_xml(fetch_ecb(ECB_HIST_URL, timeout=120.0), origin=ECB_HIST_URL)
    differences = 0
    checked = 0
    for path in sorted(DATA.glob("*.xml")):
        for day, table in sorted(parse_ecb_xml(path.read_bytes(), origin=str(path)).items()):
            checked += 1
            expected = reference.get(day)
            if expected is None:
                print(f"{path.name} {day}: the ECB history has no table for this date")
                differences += 1
                continue
            for currency in sorted(set(table) | set(expected)):
                ours, theirs = table.get(currency), expected.get(currency)
                if ours != theirs:
                    print(f"{path.name} {day} {currency}: bundled {ours}, ECB {theirs}")
                    differences += 1
    print(f"{checked} tables checked, {differences} differences")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
