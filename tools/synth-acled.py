#!/usr/bin/env python3
"""Writes a synthetic events file in ACLED's export format (its 31 columns, a byte-order mark,
quoted notes with commas and line breaks, dates as 2020-10-06 or 6 October 2020).

ACLED's terms forbid redistributing its data, so tests, screenshots and benchmarks use these
rows instead. Every row is invented: actors, notes and sources say "Synthetic", and the points
are scattered around places of tests/../shared/gazetteer.md inside Kyrgyzstan.

usage: tools/synth-acled.py COUNT OUT.csv [--seed N]
"""
import argparse
import calendar
import datetime
import random

HEADER = ("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
          "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,"
          "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,"
          "tags,timestamp")

# (location, admin1, latitude, longitude): the gazetteer's coordinates.
PLACES = [
    ("Bishkek", "Bishkek", 42.8770, 74.6030),
    ("Koy-Tash", "Chui", 42.6900, 74.6800),
    ("Osh", "Osh", 40.5300, 72.8000),
    ("Jerooy", "Talas", 42.3200, 72.8100),
    ("Kara-Keche", "Naryn", 41.7100, 74.7600),
    ("Kara-Balta", "Chui", 42.8333, 73.8500),
    ("Kant", "Chui", 42.8531, 74.8464),
    ("Kumtor", "Issyk-Kul", 41.8667, 78.2000),
]
# (disorder_type, event_type, sub_event_type, inter1, weight)
TYPES = [
    ("Demonstrations", "Protests", "Peaceful protest", 6, 50),
    ("Demonstrations", "Protests", "Protest with intervention", 6, 10),
    ("Demonstrations", "Riots", "Mob violence", 5, 8),
    ("Political violence", "Riots", "Violent demonstration", 5, 8),
    ("Political violence", "Violence against civilians", "Attack", 3, 6),
    ("Political violence", "Battles", "Armed clash", 1, 4),
    ("Strategic developments", "Strategic developments", "Arrests", 1, 14),
]


def quoted(text):
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\r\n') else text


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    first = datetime.date(2010, 1, 1).toordinal()
    last = datetime.date(2023, 12, 31).toordinal()
    with open(args.out, "w", encoding="utf-8-sig", newline="") as out:
        out.write(HEADER + "\r\n")
        for n in range(1, args.count + 1):
            location, admin1, lat, lon = rng.choice(PLACES)
            disorder, event_type, sub_type, inter1, _ = rng.choices(TYPES, weights=[t[4] for t in TYPES])[0]
            day = datetime.date.fromordinal(rng.randint(first, last))
            date = day.isoformat() if rng.random() < 0.5 else f"{day.day} {calendar.month_name[day.month]} {day.year}"
            time_precision = rng.choices([1, 2, 3], weights=[85, 10, 5])[0]
            geo_precision = rng.choices([1, 2, 3], weights=[80, 15, 5])[0]
            fatalities = rng.choices([0, 1, 2, 5], weights=[90, 6, 3, 1])[0]
            notes = (f"On {date}, synthetic row {n}: a made-up {sub_type.lower()} near {location}, "
                     f"for tests only.\nNot ACLED data; \"synthetic\" throughout.")
            row = [f"KGZ{n}", date, str(day.year), str(time_precision), disorder, event_type, sub_type,
                   "Synthetic Actors (Kyrgyzstan)", "Synthetic Group" if rng.random() < 0.3 else "", str(inter1),
                   "Synthetic Police (Kyrgyzstan)" if inter1 != 6 else "", "", "1" if inter1 != 6 else "0",
                   str(inter1 * 10 + (1 if inter1 != 6 else 0)), "", "417", "Central Asia", "Kyrgyzstan", admin1,
                   "", "", location, f"{lat + rng.gauss(0, 0.03):.4f}", f"{lon + rng.gauss(0, 0.03):.4f}",
                   str(geo_precision), "Synthetic Source", "National", notes, str(fatalities), "",
                   str(1600000000 + n)]
            out.write(",".join(quoted(c) for c in row) + "\r\n")


if __name__ == "__main__":
    main()
