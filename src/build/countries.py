#!/usr/bin/env python3
"""Generates ontology/countries.ttl, the country table, from two published sources.

Sources (see ontology/SOURCES.md for versions, addresses and licences):
  * the JDK's ISO 3166-1 table: codes, alpha-3 codes, French and English names (CLDR data),
    read by running src/build/JdkCountries.java with the `java` on PATH;
  * the npm package world-countries@5.1.0 (ODbL-1.0): French common and official names, French
    demonyms, capitals, numeric codes and alternative spellings. It is fetched with
    `npm pack world-countries@5.1.0` into a temporary folder unless --package names an unpacked copy.

Usage, from the project folder:
    python3 src/build/countries.py [--package DIR] [--out ontology/countries.ttl]

Only the Python 3 standard library is used. The output is sorted by code so that diffs stay readable,
and the same inputs always give the same bytes.

Every variant of a name is derived by rules applied to all countries alike, never typed by hand:
  * apostrophes straightened ("Côte d’Ivoire" -> "Côte d'Ivoire"), stray spaces after them dropped;
  * diacritics folded ("Viêt Nam" -> "Viet Nam"), from the straightened form;
  * words joined ("Viet Nam" -> "Vietnam"), kept only where some spelling in the sources (any
    language, alternative spellings, the JDK's English name) attests the joined form, so that no
    made-up form such as "Srilanka" enters the table.
Demonyms are lower-cased; plural forms follow French rules (a masculine ending in -s, -x or -z,
as -ais and -ois do, stays the same; otherwise +s; feminine +s). A demonym that a territory shares
with an independent country (for instance the French Southern Territories and France) is kept for the
independent country only, so that an adjective points to one sovereign state.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import npmpack  # noqa: E402

PACKAGE = "world-countries"
PACKAGE_VERSION = "5.1.0"
HERE = os.path.dirname(os.path.abspath(__file__))

# Letters that Unicode decomposition does not fold.
EXTRA_FOLDS = {"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE",
               "œ": "oe", "Œ": "OE", "ß": "ss", "ı": "i"}


def jdk_table():
    """Runs JdkCountries.java; returns (java version line, {code: (alpha3, fr, en)})."""
    out = subprocess.run(["java", os.path.join(HERE, "JdkCountries.java")], check=True,
                         capture_output=True, text=True, encoding="utf-8").stdout
    lines = out.splitlines()
    version = lines[0].split("\t")[1:]
    table = {}
    for line in lines[1:]:
        code, alpha3, fr, en = line.split("\t")
        table[code] = (alpha3, fr, en)
    return " ".join(version), table


def world_countries(package_dir):
    """Reads countries.json of world-countries, fetching the package with npm when no folder is given."""
    package_dir = npmpack.unpacked(PACKAGE, PACKAGE_VERSION, package_dir)
    with open(os.path.join(package_dir, "countries.json"), encoding="utf-8") as f:
        return {c["cca2"]: c for c in json.load(f)}


def fold(s):
    s = "".join(EXTRA_FOLDS.get(ch, ch) for ch in s)
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.combining(ch))


def straighten(s):
    return re.sub(r"['’ʼ]\s*", "'", s)


def joined(s):
    """"Viet Nam" -> "Vietnam": words glued, later words' initials lower-cased; None for one word."""
    words = s.split(" ")
    if len(words) < 2:
        return None
    return words[0] + "".join(w[:1].lower() + w[1:] for w in words[1:])


def attested_spellings(wc, en):
    """Every spelling of one country in the sources, lower-cased."""
    found = {en}
    if wc:
        found.update(wc["altSpellings"])
        found.update([wc["name"]["common"], wc["name"]["official"]])
        for names in list(wc["translations"].values()) + list(wc["name"].get("native", {}).values()):
            found.update([names["common"], names["official"]])
    return {s.lower() for s in found}


def variants(names, attested):
    """The names plus their straightened, folded and (where attested) joined forms, in first-seen order."""
    out = []

    def add(v):
        if v and v not in out:
            out.append(v)

    for n in names:
        add(n)
        for form in (straighten(n), fold(straighten(n))):
            add(form)
            j = joined(form)
            if j and j.lower() in attested:
                add(j)
    return out


def plural_masculine(m):
    return m if m.endswith(("s", "x", "z")) else m + "s"


def demonyms(wc):
    d = (wc or {}).get("demonyms", {}).get("fra") or {}
    return d.get("m", "").strip().lower(), d.get("f", "").strip().lower()


def lit(s, lang=None):
    esc = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{esc}"' + (f"@{lang}" if lang else "")


def build(jdk_version, jdk, wc):
    # Demonyms held by independent countries: territories sharing one lose it (see module doc).
    sovereign = set()
    for code, c in wc.items():
        if code in jdk and c.get("independent"):
            sovereign.update(x for x in demonyms(c) if x)

    out = [
        "# The country table: ISO 3166-1 countries with French names, variants, demonyms and capitals.",
        "# Generated by src/build/countries.py; do not edit by hand (see ontology/SOURCES.md).",
        f"# Sources: JDK ISO 3166-1 table and CLDR names (Java {jdk_version});",
        f"#          {PACKAGE} {PACKAGE_VERSION} (mledoze/countries), ODbL-1.0.",
        "",
        "@base <https://w3id.org/diplograph/id/> .",
        "@prefix dip: <https://w3id.org/diplograph/ontology#> .",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
        "@prefix schema: <https://schema.org/> .",
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
        "",
    ]
    for code in sorted(jdk):
        alpha3, jdk_fr, en = jdk[code]
        c = wc.get(code)
        fra = (c or {}).get("translations", {}).get("fra") or {}
        pref = fra.get("common") or jdk_fr
        names = variants([pref, jdk_fr, fra.get("official")], attested_spellings(c, en))
        alt = sorted(n for n in names if n != pref)
        hidden = sorted({s for s in (c or {}).get("altSpellings", []) if s != code and s not in names})
        props = [
            ("a", ["dip:Country", "schema:Country"]),
            ("rdfs:label", [lit(pref, "fr"), lit(en, "en")]),
            ("skos:prefLabel", [lit(pref, "fr")]),
            ("skos:altLabel", [lit(n, "fr") for n in alt]),
            ("skos:hiddenLabel", [lit(n) for n in hidden]),
            ("dip:alpha2", [lit(code)]),
            ("dip:alpha3", [lit(alpha3)]),
        ]
        if c:
            props.append(("dip:numericCode", [lit(c["ccn3"])]))
            m, f = demonyms(c)
            independent = c.get("independent")
            m = m if m and (independent or m not in sovereign) else ""
            f = f if f and (independent or f not in sovereign) else ""
            forms = []
            for form in (m, f, m and plural_masculine(m), f and f + "s"):
                if form and form not in forms:
                    forms.append(form)
            props += [
                ("dip:demonymMasculine", [lit(m, "fr")] if m else []),
                ("dip:demonymFeminine", [lit(f, "fr")] if f else []),
                ("dip:demonymForm", [lit(x, "fr") for x in forms]),
                ("dip:capital", [lit(x) for x in c["capital"]]),
            ]
        props = [(p, vs) for p, vs in props if vs]
        out.append(f"<country/{code}>")
        for i, (p, vs) in enumerate(props):
            end = " ." if i == len(props) - 1 else " ;"
            out.append(f"    {p} {', '.join(vs)}{end}")
        out.append("")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--package", help="an unpacked world-countries package folder (default: fetch it with npm)")
    ap.add_argument("--out", default="ontology/countries.ttl")
    args = ap.parse_args()
    jdk_version, jdk = jdk_table()
    wc = world_countries(args.package)
    text = build(jdk_version, jdk, wc)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"{args.out}: {len(jdk)} countries", file=sys.stderr)


if __name__ == "__main__":
    main()
