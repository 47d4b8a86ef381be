import Foundation

// MARK: - The record read as flat rows (exports, the explorer's table)

/// The parts of an incident's ACLED row that come from its active claims: the sources
/// ("SANA; SOHR"), their scale ("National-Other") and the notes written from the claims.
public struct IncidentDigest: Hashable, Sendable {
    public var sources: String
    public var sourceScale: String
    public var notes: String

    public init(sources: String = "", sourceScale: String = "", notes: String = "") {
        self.sources = sources
        self.sourceScale = sourceScale
        self.notes = notes
    }
}

/// An incident as its export row needs it, read from columns (no document decoding): the
/// fields, figures, grade, status and last change, and its digest (nil for an incident written
/// before digests were stored; the exporter then derives it from the claims).
public struct IncidentRow: Hashable, Sendable {
    public var id: String
    public var status: IncidentStatus
    public var fields: EventFields
    public var fatalities: Int
    public var grade: Grade
    public var updatedAt: Date
    public var digest: IncidentDigest?

    public init(id: String, status: IncidentStatus, fields: EventFields, fatalities: Int, grade: Grade, updatedAt: Date, digest: IncidentDigest?) {
        self.id = id
        self.status = status
        self.fields = fields
        self.fatalities = fatalities
        self.grade = grade
        self.updatedAt = updatedAt
        self.digest = digest
    }

    /// The position right after this row in a list sorted by `sort`.
    public func cursor(_ sort: IncidentSort) -> IncidentCursor {
        switch sort {
        case .updated: IncidentCursor(key: .updated(millis: Int64((updatedAt.timeIntervalSince1970 * 1000).rounded())), id: id)
        case .date: IncidentCursor(key: .date(fields.date), id: id)
        case .fatalities: IncidentCursor(key: .fatalities(fatalities), id: id)
        }
    }
}

/// Who speaks in a claim: its source and the source's affiliation (what makes two claims one
/// voice or two; `Grading.voices`).
public struct ClaimSpeaker: Hashable, Sendable {
    public var source: String?
    public var affiliation: String?

    public init(source: String?, affiliation: String?) {
        self.source = source
        self.affiliation = affiliation
    }
}

/// An incident as the explorer's table lists it, read without decoding its document or its
/// claims: its columns, its fatality figures, the reason for its grade, its stories, and who
/// speaks in each of its active claims (to count its voices).
public struct IncidentListing: Hashable, Sendable {
    public var row: IncidentRow
    public var fatalitiesLow: Int?
    public var fatalitiesBest: Int?
    public var fatalitiesHigh: Int?
    public var gradeReason: String
    public var storyIDs: [Int64]
    /// The active claims' speakers, in the incident file's order.
    public var speakers: [ClaimSpeaker]

    public init(row: IncidentRow, fatalitiesLow: Int?, fatalitiesBest: Int?, fatalitiesHigh: Int?, gradeReason: String, storyIDs: [Int64],
                speakers: [ClaimSpeaker]) {
        self.row = row
        self.fatalitiesLow = fatalitiesLow
        self.fatalitiesBest = fatalitiesBest
        self.fatalitiesHigh = fatalitiesHigh
        self.gradeReason = gradeReason
        self.storyIDs = storyIDs
        self.speakers = speakers
    }

    /// The same listing from an incident's columns and its whole file (what a backend without a
    /// faster way reads).
    public init(row: IncidentRow, file: IncidentFile) {
        let figures = file.incident.figures
        self.init(row: row, fatalitiesLow: figures.fatalitiesLow, fatalitiesBest: figures.fatalitiesBest, fatalitiesHigh: figures.fatalitiesHigh,
                  gradeReason: file.incident.gradeReason, storyIDs: file.incident.storyIDs,
                  speakers: file.activeClaims.map { ClaimSpeaker(source: $0.source, affiliation: $0.affiliation) })
    }

    /// The fatality figures (the injured ones are not listed).
    public var fatalityFigures: Figures {
        Figures(fatalities: row.fatalities, fatalitiesLow: fatalitiesLow, fatalitiesBest: fatalitiesBest, fatalitiesHigh: fatalitiesHigh)
    }
}
