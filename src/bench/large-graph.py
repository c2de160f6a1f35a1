#!/usr/bin/env python3
"""Writes a large graph for timing the canned queries: the test fixture's article graphs repeated
N times under new keys (persons shared by every 300th copy), with its ontology and summary graphs.

usage: src/bench/large-graph.py N OUT.trig     (N=3000 gives about 1.4 million quads)
"""
import re
import sys

n, out = int(sys.argv[1]), sys.argv[2]
s = open('src/test/resources/fixture/graph.trig', encoding='utf-8').read()
first = s.index('id:graph\\/article\\/')
summary = s.index('id:graph\\/summary {')
articles = s[first:summary]
keys = re.findall(r'id:graph\\/article\\/([a-z-]+) \{', articles)
persons = set(re.findall(r'id:person\\/([a-z-]+)', articles))
with open(out, 'w', encoding='utf-8') as f:
    f.write(s[:first])
    for i in range(n):
        t = articles
        for k in sorted(keys, key=len, reverse=True):
            t = re.sub(re.escape(k) + r'(?![a-z-])', k + '-' + str(i), t)
        for p in persons:
            t = re.sub(r'(id:person\\/' + re.escape(p) + r')(?![a-z-])', r'\g<1>-' + str(i % 300), t)
        f.write(t)
    f.write(s[summary:])
