import Foundation
import SitrepModel

// MARK: - Extracting many documents

extension ExtractIO {
    /// What one run of `sitrep extract` did and how long the extraction itself took.
    public struct RunStats: Sendable {
        public var bytes = 0
        public var documents = 0
        public var events = 0
        /// Seconds spent inside `Extractor.extract`, summed over the workers: the one-core figure.
        public var extractSeconds = 0.0
        /// Wall-clock seconds from the first document to the last batch handed on.
        public var wallSeconds = 0.0
        public var workers = 1

        /// Megabytes (10^6 bytes) extracted per second of one core.
        public var perCoreRate: Double { extractSeconds > 0 ? Double(bytes) / extractSeconds / 1_000_000 : 0 }

        /// The `--timing` line.
        public var summary: String {
            let wallRate = wallSeconds > 0 ? Double(bytes) / wallSeconds / 1_000_000 : 0
            return "extract: \(bytes) bytes, \(documents) docs, \(events) events in \(String(format: "%.3f", extractSeconds)) s = "
                + "\(String(format: "%.1f", perCoreRate)) MB/s per core; \(workers) workers, \(String(format: "%.3f", wallSeconds)) s wall = "
                + "\(String(format: "%.1f", wallRate)) MB/s"
        }
    }

    /// A run of consecutive documents, extracted: their JSON Lines (when asked for) or their events.
    public struct Batch: Sendable {
        public var jsonLines: [UInt8] = []
        public var events: [ExtractedEvent] = []
    }

    /// Extracts `items` on up to `workers` concurrent tasks, a batch of documents each, and hands
    /// every batch to `sink` in input order: output is the same whatever the number of workers.
    /// With `asJSONLines` each batch carries its events already written as JSON Lines (the writing
    /// is spread over the workers too) and no events; otherwise the events. At most two batches
    /// per worker are running or waiting for an earlier one, so memory stays bounded on big inputs.
    public static func extractAll(
        _ items: [Item], with extractor: Extractor, assumeEvent: Bool, workers: Int, asJSONLines: Bool,
        sink: (Batch) -> Void
    ) async -> RunStats {
        let workers = max(1, workers)
        // about 64 KB of text per batch: big enough that scheduling is noise, small enough to balance
        var bounds: [Range<Int>] = []
        var start = 0, size = 0
        for (i, item) in items.enumerated() {
            size += item.text.utf8.count
            if size >= 65_536 || i - start >= 255 {
                bounds.append(start..<(i + 1))
                start = i + 1
                size = 0
            }
        }
        if start < items.count { bounds.append(start..<items.count) }

        var stats = RunStats(workers: workers)
        let clock = ContinuousClock()
        let began = clock.now
        await withTaskGroup(of: (Int, Batch, RunStats).self) { group in
            var submitted = 0
            func submit() {
                let index = submitted
                let range = bounds[index]
                group.addTask {
                    let (batch, part) = extractBatch(items[range], with: extractor, assumeEvent: assumeEvent, asJSONLines: asJSONLines)
                    return (index, batch, part)
                }
                submitted += 1
            }
            var running = 0
            while submitted < min(bounds.count, workers) { submit(); running += 1 }
            var waiting: [Int: Batch] = [:]
            var next = 0
            for await (index, batch, part) in group {
                running -= 1
                stats.bytes += part.bytes
                stats.documents += part.documents
                stats.events += part.events
                stats.extractSeconds += part.extractSeconds
                waiting[index] = batch
                while let ready = waiting.removeValue(forKey: next) {
                    sink(ready)
                    next += 1
                }
                // `workers` batches run at once; a slow batch holds back at most `workers` finished ones
                while submitted < bounds.count, running < workers, submitted - next < workers * 2 { submit(); running += 1 }
            }
        }
        stats.wallSeconds = (clock.now - began).seconds
        return stats
    }
}

extension ExtractIO {
    /// Extracts `items` one after another on this thread (one worker's batch of `extractAll`): their
    /// events as JSON Lines (`asJSONLines`) or as events, and what the extraction took. The texts
    /// share one cache of word keys (most words of a report were in the reports before it), taken
    /// from the extractor's pool and given back, so that the next batch starts with it.
    public static func extractBatch(_ items: ArraySlice<Item>, with extractor: Extractor, assumeEvent: Bool,
                                    asJSONLines: Bool) -> (Batch, RunStats) {
        var batch = Batch()
        var part = RunStats()
        let clock = ContinuousClock()
        let wordCache = extractor.wordCaches.take()
        defer { extractor.wordCaches.giveBack(wordCache) }
        // the batch's JSON Lines are written into one buffer and copied out once
        var lines = ByteBuffer(capacity: asJSONLines ? 1 << 16 : 16)
        for item in items {
            let t0 = clock.now
            let events = extractor.extract(text: item.text, published: item.published,
                                           context: .init(docID: item.id, assumeEvent: assumeEvent), wordCache: wordCache)
            part.extractSeconds += (clock.now - t0).seconds
            part.bytes += item.text.utf8.count
            part.documents += 1
            part.events += events.count
            if asJSONLines {
                // (read in place by index: a `for e in events` copy retained each event's strings)
                for k in events.indices where EventJSON.write(events[k], to: &lines) { lines.append(0x0A) }
            } else {
                batch.events += events
            }
        }
        if asJSONLines { batch.jsonLines = lines.array }
        return (batch, part)
    }
}

extension Duration {
    /// The duration in seconds, as a `Double`.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
