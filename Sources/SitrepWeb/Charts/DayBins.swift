import SitrepModel
/// The days of a range grouped into bars: one per day when that fits, else one per week
/// (Monday–Sunday), else one per month. Bins are clipped to the range, so the first and last week
/// or month may be partial, and every day between the first and the last falls in exactly one bin.
struct DayBins: Sendable, Equatable {
    enum Size: Sendable, Equatable {
        case day, week, month

        var noun: String {
            switch self {
            case .day: "day"
            case .week: "week"
            case .month: "month"
            }
        }
    }

    struct Bin: Sendable, Equatable {
        var first: ChartDay
        var last: ChartDay
        var dayCount: Int { last.number - first.number + 1 }
    }

    /// Days up to this many are drawn a bar a day; beyond, a bar a week while that is at most this
    /// many bars; beyond that, a bar a month.
    static let maxBars = 120

    var size: Size
    var bins: [Bin]

    var first: ChartDay { bins[0].first }
    var last: ChartDay { bins[bins.count - 1].last }
    var dayCount: Int { last.number - first.number + 1 }
    var spansYears: Bool { first.year != last.year }

    init(from first: ChartDay, to last: ChartDay, maxBars: Int = DayBins.maxBars) {
        let lo = min(first, last), hi = max(first, last)
        let days = hi.number - lo.number + 1
        let weeks = (hi.monday.number - lo.monday.number) / 7 + 1
        size = days <= maxBars ? .day : weeks <= maxBars ? .week : .month
        var bins: [Bin] = []
        var start = lo
        while start <= hi {
            let end: ChartDay = switch size {
            case .day: start
            case .week: start.monday.adding(days: 6)
            case .month: start.lastOfMonth
            }
            bins.append(Bin(first: start, last: min(end, hi)))
            start = end.adding(days: 1)
        }
        self.bins = bins
    }

    /// Which bin `day` falls in, if it is in range.
    func index(of day: ChartDay) -> Int? {
        guard day >= first, day <= last else { return nil }
        switch size {
        case .day: return day.number - first.number
        case .week: return (day.monday.number - first.monday.number) / 7
        case .month:
            let a = first.civil, b = day.civil
            return (b.year - a.year) * 12 + (b.month - a.month)
        }
    }

    /// The bin for people, in full: "5 May 2016", "2–8 May 2016", "May 2016" (a whole month) or
    /// "4–31 May 2016" (part of one).
    func name(_ bin: Bin) -> String {
        if size == .month, bin.first == bin.first.firstOfMonth, bin.last == bin.last.lastOfMonth {
            return bin.first.monthLabel()
        }
        return ChartDay.rangeLabel(bin.first, bin.last)
    }

    /// The bin on an axis, short: "5 May" (day or week start), "May"; with the year when the range
    /// spans years.
    func axisLabel(_ bin: Bin) -> String {
        size == .month ? bin.first.monthLabel(year: spansYears) : bin.first.label(year: spansYears)
    }

    /// "on 5 May 2016", "in 2–8 May 2016", "in May 2016": for "most on …" in descriptions.
    func when(_ bin: Bin) -> String {
        size == .day ? "on \(name(bin))" : "in \(name(bin))"
    }

    /// What the caption says about the grouping, or nil for a bar a day.
    var groupingNote: String? {
        let partial = bins.count > 0 && (bins[0].dayCount < fullLength(bins[0]) || bins[bins.count - 1].dayCount < fullLength(bins[bins.count - 1]))
        switch size {
        case .day: return nil
        case .week:
            return "The \(ChartFormat.integer(dayCount)) days are too many for a bar a day: each bar is a week, Monday to Sunday" + (partial ? " (the first or last week covers only part of one)." : ".")
        case .month:
            return "The \(ChartFormat.integer(dayCount)) days are too many for a bar a day or a week: each bar is a calendar month" + (partial ? " (the first or last month covers only part of one)." : ".")
        }
    }

    private func fullLength(_ bin: Bin) -> Int {
        switch size {
        case .day: 1
        case .week: 7
        case .month: ChartDay.daysIn(month: bin.first.civil.month, year: bin.first.year)
        }
    }
}
