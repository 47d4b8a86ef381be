import Prometheus

/// Sitrep's own Prometheus metrics, on a registry that `/metrics` renders. Held by value and
/// injected, so tests get a fresh registry and no global bootstrap is needed.
public struct SitrepMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry
    let updatesPublished: Prometheus.Counter
    let updatesEdited: Prometheus.Counter
    let updatesDeleted: Prometheus.Counter
    let liveConnections: Prometheus.Gauge
    let liveDelivered: Prometheus.Counter
    let liveDropped: Prometheus.Counter
    let requests: Prometheus.Counter

    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
        updatesPublished = registry.makeCounter(name: "sitrep_updates_published_total", help: "Updates published")
        updatesEdited = registry.makeCounter(name: "sitrep_updates_edited_total", help: "Update edits")
        updatesDeleted = registry.makeCounter(name: "sitrep_updates_deleted_total", help: "Updates deleted")
        liveConnections = registry.makeGauge(name: "sitrep_live_connections", help: "Open SSE connections")
        liveDelivered = registry.makeCounter(name: "sitrep_live_frames_delivered_total", help: "SSE frames queued to readers")
        liveDropped = registry.makeCounter(name: "sitrep_live_slow_readers_dropped_total", help: "Readers disconnected for being too slow")
        requests = registry.makeCounter(name: "sitrep_http_requests_total", help: "HTTP requests served")
    }

    /// Prometheus text exposition format.
    public func render() -> String {
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }
}
