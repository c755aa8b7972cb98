#!/usr/bin/env python3
"""Where the event loop's time goes, by layer, from a JFR recording of bench/profile.sh.

Usage: python3 bench/jfr-layers.py RECORDING.jfr [THREAD-REGEX]         self time by layer
       python3 bench/jfr-layers.py BEFORE.jfr AFTER.jfr --frames A B ...   share of the samples holding each frame

Each execution sample is given to the layer of its nearest "owner" frame, walking from the leaf: the JDK's own frames
(collections, strings) count for the code that called them, so a HashMap lookup in Micrometer counts for Micrometer and
a StringBuilder in the explanation texts for the writing. Layers: the service's reading, writing and engine, each of its
other classes by name, and the libraries (Quarkus REST, Vert.x Web, Vert.x HTTP, Netty, OpenTelemetry, Micrometer,
compression). Needs the JDK's jfr tool on the PATH. bench/README.md, "The HTTP edge (fourth session)".
"""
import collections
import json
import re
import subprocess
import sys

LAYERS = [(re.compile(p), name) for p, name in [
    (r'java/util/zip|HttpContentCompressor|HttpChunkContentCompressor|HttpContentEncoder|compression/', 'compression'),
    (r'io/micrometer|quarkus/micrometer', 'Micrometer'),
    (r'io/opentelemetry|quarkus/opentelemetry', 'OpenTelemetry'),
    (r'cn/netlaw/liability/', 'the engine'),
    (r'cn/netlaw/api/classification/(CaseReader|CaseBinder|Timestamps)', 'reading the request'),
    (r'cn/netlaw/api/classification/ClassificationWriter|cn/netlaw/api/explanation/', 'writing the answer'),
    (r'cn/netlaw/api/', None),  # the class's own name
    (r'org/jboss/resteasy|io/quarkus/resteasy', 'Quarkus REST'),
    (r'io/vertx/ext/web', 'Vert.x Web (routing)'),
    (r'io/quarkus/vertx/http', 'Quarkus HTTP'),
    (r'io/quarkus/', 'Quarkus, other (CDI, context)'),
    (r'io/smallrye', 'SmallRye (context propagation, Mutiny)'),
    (r'io/vertx/core/http', 'Vert.x HTTP'),
    (r'io/vertx', 'Vert.x core'),
    (r'io/netty/handler/codec/http', 'Netty HTTP codec'),
    (r'io/netty', 'Netty'),
    (r'sun/nio|java/nio|sun/ch', 'NIO'),
]]


def samples(recording, threads):
    out = subprocess.run(['jfr', 'print', '--json', '--stack-depth', '200', '--events', 'jdk.ExecutionSample',
                          recording], capture_output=True, text=True, check=True).stdout
    for event in json.loads(out)['recording']['events']:
        values = event['values']
        thread = values['sampledThread']['javaName'] or values['sampledThread']['osName'] or ''
        if threads.search(thread):
            trace = values['stackTrace']['frames'] if values['stackTrace'] else []
            yield [f['method']['type']['name'] + '.' + f['method']['name'] for f in trace]


def layer(frames):
    for frame in frames:
        for pattern, name in LAYERS:
            if pattern.search(frame):
                return name or re.sub(r'\$.*', '', frame.split('.')[0].split('/')[-1])
    return 'JDK, other'


def main(args):
    if '--frames' in args:
        at = args.index('--frames')
        before, after, names = args[0], args[1], args[at + 1:]
        stacks = {which: list(samples(f, re.compile('.'))) for which, f in (('before', before), ('after', after))}
        print(f"{'frame (share of the samples that hold it)':48s} {'before':>8s} {'after':>8s}")
        for name in names:
            shares = [100 * sum(1 for s in stacks[w] if any(name in f for f in s)) / len(stacks[w])
                      for w in ('before', 'after')]
            print(f'{name:48s} {shares[0]:7.1f}% {shares[1]:7.1f}%')
        return
    threads = re.compile(args[1] if len(args) > 1 else '.')
    counts = collections.Counter(layer(s) for s in samples(args[0], threads))
    total = sum(counts.values())
    print(f'{total} samples')
    for name, n in counts.most_common():
        print(f'{n:6d} {100 * n / total:5.1f} %  {name}')


if __name__ == '__main__':
    main(sys.argv[1:])
