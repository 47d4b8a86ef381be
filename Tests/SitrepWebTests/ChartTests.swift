import SitrepModel
import Testing
@testable import SitrepWeb

/// The server-drawn SVG charts: their layout math, their data handling and what they render.
@Suite struct ChartTests {
    // MARK: - Helpers

    static func tally(_ date: String, _ type: String = "Battles", incidents: Int = 1, fatalities: Int = 0,
                      low: Int = 0, best: Int = 0, high: Int = 0) -> DayTypeTally {
        DayTypeTally(date: date, eventType: type, incidents: incidents, fatalities: fatalities, low: low, best: best, high: high)
    }

    /// Every `<rect … data-value="n"…><title>text</title>` in `html`: the drawn segments/bars.
    static func drawnBars(_ html: String) -> [(value: Int, title: String)] {
        html.matches(of: /<rect [^>]*data-value="(\d+)"[^>]*><title>([^<]*)<\/title>/).map { (Int($0.1)!, String($0.2)) }
    }

    /// The body rows of the numbers table: row header and cells, as rendered (escaped).
    static func tableRows(_ html: String) -> [(header: String, cells: [String])] {
        guard let body = html.firstMatch(of: /<tbody>(.*)<\/tbody>/)?.1 else { return [] }
        return body.matches(of: /<tr><th scope="row">(.*?)<\/th>(.*?)<\/tr>/).map { row in
            (String(row.1), row.2.matches(of: /<td[^>]*>(.*?)<\/td>/).map { String($0.1) })
        }
    }

    static func desc(_ html: String) -> String? {
        html.firstMatch(of: /<desc id="[^"]*">([^<]*)<\/desc>/).map { String($0.1) }
    }

    static func expectWellFormed(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!html.contains("NaN"), sourceLocation: sourceLocation)
        #expect(!html.contains("inf"), sourceLocation: sourceLocation)
        #expect(!html.contains("style="), sourceLocation: sourceLocation)
        #expect(html.hasPrefix("<figure class=\"chart "), sourceLocation: sourceLocation)
        #expect(html.contains("role=\"img\""), sourceLocation: sourceLocation)
        // The svg is labelled by its own title and described by its own desc.
        if let ids = html.firstMatch(of: /aria-labelledby="([^"]+)" aria-describedby="([^"]+)"/) {
            #expect(html.contains("<title id=\"\(ids.1)\">"), sourceLocation: sourceLocation)
            #expect(html.contains("<desc id=\"\(ids.2)\">"), sourceLocation: sourceLocation)
        } else {
            Issue.record("no aria-labelledby/aria-describedby", sourceLocation: sourceLocation)
        }
        #expect(html.contains("<figcaption>"), sourceLocation: sourceLocation)
    }

    // MARK: - Days, numbers, scales

    @Test func chartDay_readsISODates_andRejectsImpossibleOnes() {
        #expect(ChartDay("1970-01-01")?.number == 0)
        #expect(ChartDay("2016-05-05")?.iso == "2016-05-05")
        #expect(ChartDay("2016-05-05T13:45:00Z")?.iso == "2016-05-05")
        #expect(ChartDay("2016-02-29")?.label() == "29 Feb 2016")
        #expect(ChartDay("2015-02-29") == nil)
        #expect(ChartDay("2016-13-01") == nil)
        #expect(ChartDay("2016-5-5") == nil)
        #expect(ChartDay("２０１６-05-05") == nil)
        #expect(ChartDay("2016-05-02")?.weekday == 0)  // a Monday
        #expect(ChartDay("2016-05-08")?.monday.iso == "2016-05-02")
        // Round trip over a few centuries, leap days included.
        for n in stride(from: -50_000, through: 50_000, by: 37) {
            let day = ChartDay(number: n)
            #expect(ChartDay(day.iso) == day)
        }
    }

    @Test func rangeLabels_dropRepeatedMonthsAndYears() {
        let d = { ChartDay($0)! }
        #expect(ChartDay.rangeLabel(d("2016-05-05"), d("2016-05-05")) == "5 May 2016")
        #expect(ChartDay.rangeLabel(d("2016-05-02"), d("2016-05-08")) == "2–8 May 2016")
        #expect(ChartDay.rangeLabel(d("2016-04-28"), d("2016-05-04")) == "28 Apr – 4 May 2016")
        #expect(ChartDay.rangeLabel(d("2015-12-29"), d("2016-01-04")) == "29 Dec 2015 – 4 Jan 2016")
    }

    @Test func numbers_haveThousandsSeparators_whateverTheLocale() {
        #expect(ChartFormat.integer(0) == "0")
        #expect(ChartFormat.integer(999) == "999")
        #expect(ChartFormat.integer(1000) == "1,000")
        #expect(ChartFormat.integer(12_345) == "12,345")
        #expect(ChartFormat.integer(-1_234_567) == "-1,234,567")
        #expect(ChartFormat.integer(Int.min) == "-9,223,372,036,854,775,808")
        #expect(ChartFormat.decimal(1234.5, fractionDigits: 2) == "1,234.50")
        #expect(ChartFormat.decimal(-0.04, fractionDigits: 1) == "0.0")
        #expect(ChartFormat.decimal(.nan, fractionDigits: 1) == "–")
        #expect(ChartFormat.value(620.25) == "620.25")
        #expect(ChartFormat.value(12_345.67) == "12,345.7")
        #expect(ChartFormat.value(0.00421) == "0.0042")
        #expect(ChartFormat.coord(.nan) == "0")
        #expect(ChartFormat.coord(-3.25) == "-3.3" || ChartFormat.coord(-3.25) == "-3.2")
        #expect(ChartFormat.coord(12) == "12")
    }

    @Test(arguments: [
        (0.3, 0.5), (1.0, 1.0), (1.2, 2.0), (2.0, 2.0), (2.5, 5.0), (7.0, 10.0), (12_000.0, 20_000.0), (3e9, 5e9), (0.07, 0.1),
    ])
    func niceSteps_areOneTwoOrFiveTimesAPowerOfTen(raw: Double, expected: Double) {
        let step = NiceScale.niceStep(atLeast: raw)
        #expect(abs(step - expected) < expected * 1e-9)
    }

    @Test func zeroBasedScales_coverTheMaximumInRoundSteps() {
        #expect(NiceScale.zeroBased(max: 12) == NiceScale(lower: 0, upper: 15, step: 5))
        #expect(NiceScale.zeroBased(max: 10).ticks == [0, 2, 4, 6, 8, 10])
        #expect(NiceScale.zeroBased(max: 3).step == 1)  // counts never get a step of 0.5
        #expect(NiceScale.zeroBased(max: 0) == NiceScale(lower: 0, upper: 1, step: 1))
        let huge = NiceScale.zeroBased(max: 2_345_678_901)
        #expect(huge.step == 500_000_000 && huge.upper == 2_500_000_000)
        #expect(huge.ticks.map(huge.label) == ["0", "500,000,000", "1,000,000,000", "1,500,000,000", "2,000,000,000", "2,500,000,000"])
        let rate = NiceScale.spanning(min: 603, max: 648)
        #expect(rate.lower == 600 && rate.upper == 650 && rate.step == 10)
        let small = NiceScale.spanning(min: 0.12, max: 0.31)
        #expect(small.ticks.map(small.label) == ["0.10", "0.15", "0.20", "0.25", "0.30", "0.35"])
        let single = NiceScale.spanning(min: 5, max: 5)
        #expect(single.lower < 5 && single.upper > 5)
    }

    // MARK: - Layout

    @Test func stackedSegments_addUpToTheBarTotal_andTouch() {
        let plot = PlotArea(x: 40, y: 10, width: 500, height: 170)
        let values = [[3, 0, 2], [0, 0, 0], [5, 5, 5], [1, 1, 1]]
        let layout = StackedBarLayout(values: values, plot: plot)
        #expect(layout.scale.upper == 15)
        #expect(layout.bars.map(\.total) == [5, 0, 15, 3])
        for bar in layout.bars {
            let heights = bar.segments.reduce(0) { $0 + $1.height }
            let expected = Double(bar.total) / layout.scale.upper * plot.height
            #expect(abs(heights - expected) < 1e-9)
            #expect(abs(plot.bottom - bar.top - expected) < 1e-9)
            // Bottom to top in series order, each sitting on the one below.
            var base = plot.bottom
            for segment in bar.segments {
                #expect(abs(segment.y + segment.height - base) < 1e-9)
                base = segment.y
            }
            #expect(bar.segments.allSatisfy { $0.value > 0 })
            #expect(bar.x >= plot.x && bar.x + bar.width <= plot.right)
        }
        #expect(layout.bars[0].segments.map(\.series) == [0, 2])
        #expect(layout.bars[2].top == plot.y)  // the tallest bar reaches the top of a scale of 15
    }

    @Test func missingDays_areFilledWithZero() throws {
        let chart = try #require(PerDayChart([
            Self.tally("2016-05-04", incidents: 2),
            Self.tally("2016-05-01", incidents: 3),
            Self.tally("2016-05-01", "Riots", incidents: 1),
        ], measure: .incidents))
        #expect(chart.bins.size == .day)
        #expect(chart.bins.bins.map(\.first.iso) == ["2016-05-01", "2016-05-02", "2016-05-03", "2016-05-04"])
        #expect(chart.totals == [4, 0, 0, 2])
        #expect(chart.series.map(\.eventType) == ["Battles", "Riots"])
        let rows = Self.tableRows(Charts.perDay([Self.tally("2016-05-04", incidents: 2), Self.tally("2016-05-01", incidents: 3)]).render())
        #expect(rows.map(\.header) == ["1 May 2016", "2 May 2016", "3 May 2016", "4 May 2016"])
        #expect(rows.map(\.cells) == [["3"], ["0"], ["0"], ["2"]])
    }

    @Test func series_followEventTypeStyleOrder_withUnknownTypesAsOther() throws {
        let chart = try #require(PerDayChart([
            Self.tally("2016-05-01", "Strategic developments"),
            Self.tally("2016-05-01", "Something new"),
            Self.tally("2016-05-01", "Protests"),
            Self.tally("2016-05-01", "Battles"),
            Self.tally("2016-05-01", "Another new one"),
        ], measure: .incidents))
        #expect(chart.series.map(\.short) == ["Battles", "Protests", "Strategic", "Other"])
        #expect(chart.values == [[1, 1, 1, 2]])
    }

    @Test func aLongRange_isDrawnAWeekOrAMonthABar_andTheCaptionSaysSo() throws {
        // 200 days, one incident each: too many for a bar a day.
        let start = ChartDay("2016-01-01")!  // a Friday
        let days = (0..<200).map { Self.tally(start.adding(days: $0).iso, incidents: 1, fatalities: $0) }
        let weekly = try #require(PerDayChart(days, measure: .incidents))
        #expect(weekly.bins.size == .week)
        #expect(weekly.bins.bins.count == 30)  // 1–3 Jan, 28 full weeks, 18 Jul alone
        #expect(weekly.totals.first == 3)  // Fri–Sun: the first week is partial
        #expect(weekly.totals.dropFirst().dropLast().allSatisfy { $0 == 7 })
        #expect(weekly.total == 200)
        // Every bin but the first starts on a Monday, and together they cover each day once.
        #expect(weekly.bins.bins.dropFirst().allSatisfy { $0.first.weekday == 0 })
        #expect(weekly.bins.bins.reduce(0) { $0 + $1.dayCount } == 200)
        let html = Charts.perDay(days).render()
        #expect(html.contains("each bar is a week, Monday to Sunday"))
        #expect(Self.desc(html)?.hasPrefix("Incidents per week, 1 Jan – 18 Jul 2016: 200 in all") == true)
        #expect(Self.tableRows(html).first?.header == "1–3 Jan 2016")
        #expect(html.contains("<th scope=\"col\">Week</th>"))
        Self.expectWellFormed(html)

        // 1,000 days: a bar a month.
        let long = (0..<1000).map { Self.tally(start.adding(days: $0).iso, incidents: 1) }
        let monthly = try #require(PerDayChart(long, measure: .incidents))
        #expect(monthly.bins.size == .month)
        #expect(monthly.bins.bins.count == 33)  // Jan 2016 … 26 Sep 2018
        #expect(monthly.totals.prefix(3) == [31, 29, 31])
        #expect(monthly.total == 1000)
        let monthlyHTML = Charts.perDay(long).render()
        #expect(monthlyHTML.contains("each bar is a calendar month"))
        #expect(monthlyHTML.contains(">Jan 2016</text>"))  // the year on the axis: the range spans years
        #expect(Self.tableRows(monthlyHTML).last?.header == "1–26 Sep 2018")
        Self.expectWellFormed(monthlyHTML)
    }

    // MARK: - Rendering

    static let sample: [DayTypeTally] = [
        tally("2016-05-01", "Battles", incidents: 4, fatalities: 10, low: 8, best: 10, high: 15),
        tally("2016-05-01", "Explosions/Remote violence", incidents: 2, fatalities: 5, low: 5, best: 5, high: 9),
        tally("2016-05-03", "Battles", incidents: 1, fatalities: 0),
        tally("2016-05-05", "Explosions/Remote violence", incidents: 7, fatalities: 30, low: 20, best: 30, high: 44),
        tally("2016-05-05", "Violence against civilians", incidents: 5, fatalities: 12, low: 12, best: 12, high: 12),
    ]

    @Test func theTable_holdsTheSameNumbersAsTheBars() throws {
        let html = Charts.perDay(Self.sample).render()
        Self.expectWellFormed(html)
        let bars = Self.drawnBars(html)
        let rows = Self.tableRows(html)
        #expect(html.contains("<th scope=\"col\">Date</th><th scope=\"col\">Battles</th><th scope=\"col\">Explosions</th><th scope=\"col\">Against civilians</th><th scope=\"col\">Total</th>"))
        #expect(rows.map(\.header) == ["1 May 2016", "2 May 2016", "3 May 2016", "4 May 2016", "5 May 2016"])
        #expect(rows.map(\.cells) == [["4", "2", "0", "6"], ["0", "0", "0", "0"], ["1", "0", "0", "1"], ["0", "0", "0", "0"], ["0", "7", "5", "12"]])
        // Each drawn segment is the table's cell for its day and type, and says so on hover.
        let columns = ["Battles": 0, "Explosions/Remote violence": 1, "Violence against civilians": 2]
        #expect(bars.count == 5)
        for bar in bars {
            let parts = try #require(bar.title.firstMatch(of: /^(.+) · (.+): ([\d,]+) incidents?$/))
            let row = try #require(rows.first { $0.header == String(parts.1) })
            let column = try #require(columns[String(parts.2)])
            #expect(row.cells[column] == String(bar.value))
            #expect(String(parts.3) == String(bar.value))
        }
        #expect(bars.map(\.title).contains("5 May 2016 · Violence against civilians: 5 incidents"))
        #expect(bars.map(\.title).contains("3 May 2016 · Battles: 1 incident"))
        // The legend names the three types, in order, and only those.
        #expect(html.matches(of: /<text [^>]*>(Battles|Explosions|Against civilians|Protests|Riots|Strategic)<\/text>/).map { String($0.1) }
            == ["Battles", "Explosions", "Against civilians"])
        // A day of zero still answers hover.
        #expect(html.contains("<title>2 May 2016: 0 incidents</title>"))
    }

    @Test func fatalities_areDrawnFromTheFatalityCounts() {
        let html = Charts.perDay(Self.sample, measure: .fatalities, id: "deaths").render()
        #expect(Self.tableRows(html).map { $0.cells.last! } == ["15", "0", "0", "0", "42"])
        #expect(Self.desc(html) == "Fatalities per day, 1–5 May 2016: 57 in all, most on 5 May 2016 (42). By type: Battles 10, Explosions 35, Against civilians 12.")
        #expect(html.contains("aria-labelledby=\"deaths-title\""))
        #expect(Self.drawnBars(html).map(\.title).contains("5 May 2016 · Explosions/Remote violence: 30 fatalities"))
    }

    @Test func theDesc_summarisesTheNumbers() {
        #expect(Self.desc(Charts.perDay(Self.sample).render())
            == "Incidents per day, 1–5 May 2016: 19 in all, most on 5 May 2016 (12). By type: Battles 5, Explosions 9, Against civilians 5.")
        // One type: no "by type"; a tie goes to the earlier day.
        #expect(Self.desc(Charts.perDay([Self.tally("2016-05-02", incidents: 3), Self.tally("2016-05-04", incidents: 3)]).render())
            == "Incidents per day, 2–4 May 2016: 6 in all, most on 2 May 2016 (3).")
        #expect(Self.desc(Charts.perDay([Self.tally("2016-05-02", fatalities: 0)], measure: .fatalities).render())
            == "Fatalities per day, 2 May 2016: none.")
    }

    @Test func oneDayOnly_drawsOneBar() {
        let html = Charts.perDay([Self.tally("2016-05-05", incidents: 3), Self.tally("2016-05-05", "Riots", incidents: 1_234_567)]).render()
        Self.expectWellFormed(html)
        #expect(Self.tableRows(html).map(\.cells) == [["3", "1,234,567", "1,234,570"]])
        #expect(Self.drawnBars(html).map(\.value) == [3, 1_234_567])
        #expect(html.contains(">1,500,000</text>"))  // a round tick for a huge count
        #expect(!html.contains("Days with none"))
    }

    @Test func noData_isAnHonestEmptyFigure() {
        for html in [Charts.perDay([]).render(), Charts.band([]).render(), Charts.fatalitiesByActor([]).render(),
                     Charts.perDay([Self.tally("not a date")]).render()] {
            Self.expectWellFormed(html)
            #expect(html.contains("chart-empty"))
            #expect(Self.desc(html) == "No incidents match.")
            #expect(html.contains(">No incidents match.</text>"))
            #expect(!html.contains("<table"))
        }
        let indicator = Charts.indicator([IndicatorPoint(date: "2016-05-05", value: .nan, source: nil)], name: "Syrian pound", unit: "SYP per USD").render()
        Self.expectWellFormed(indicator)
        #expect(Self.desc(indicator) == "No readings match.")
    }

    @Test func unreadableDates_areLeftOut_andCounted() {
        let html = Charts.perDay([Self.tally("2016-05-05", incidents: 2), Self.tally("yesterday", incidents: 9)]).render()
        #expect(Self.tableRows(html).map(\.cells) == [["2"]])
        #expect(html.contains("1 row with an unreadable date left out."))
    }

    // MARK: - Actors

    @Test func actors_longestFirst_topTen_restAsOthers() throws {
        let actors = (1...14).map { ActorTally(actor: "Actor \($0)", incidents: $0, fatalities: $0 * 10) }
        let chart = try #require(ActorChart(actors.shuffled(), top: 10))
        #expect(chart.rows.map(\.name) == (5...14).reversed().map { "Actor \($0)" } + ["Others (4 actors)"])
        #expect(chart.rows.last == ActorChart.Row(name: "Others (4 actors)", fatalities: 100, incidents: 10, actors: 4))
        let html = Charts.fatalitiesByActor(actors).render()
        Self.expectWellFormed(html)
        #expect(Self.drawnBars(html).isEmpty)  // titles sit on the row, not the rect
        let drawn = html.matches(of: /data-value="(\d+)"/).map { Int($0.1)! }
        #expect(drawn == [140, 130, 120, 110, 100, 90, 80, 70, 60, 50, 100])
        #expect(Self.tableRows(html).map { $0.cells[0] } == drawn.map(ChartFormat.integer))
        #expect(html.contains("<title>Others (4 actors): 100 fatalities in 10 incidents</title>"))
        #expect(Self.desc(html) == "Fatalities by actor, 14 actors: 1,050 in all; most by Actor 14 (140), then Actor 13 (130) and Actor 12 (120).")
        // Eleven actors with top 10: the eleventh is shown by name, not as "Others (1 actor)".
        #expect(ActorChart(Array(actors.prefix(11)), top: 10)?.rows.count == 11)
        #expect(ActorChart(Array(actors.prefix(11)), top: 10)?.rows.contains { $0.name.hasPrefix("Others") } == false)
    }

    @Test func longActorNames_areCutOnTheAxis_butWholeInTheTitleAndTable() {
        let name = "Military Forces of Syria (2000-) Air Force"
        let html = Charts.fatalitiesByActor([ActorTally(actor: name, incidents: 3, fatalities: 1_500)]).render()
        #expect(html.contains(">Military Forces of Syri…</text>"))
        #expect(html.contains("<title>\(name): 1,500 fatalities in 3 incidents</title>"))
        #expect(Self.tableRows(html).first?.header == name)
    }

    @Test func hostileActorNames_areEscaped() {
        let hostile = "<script>alert(\"x\")</script> & 'Sons'"
        let html = Charts.fatalitiesByActor([
            ActorTally(actor: hostile, incidents: 1, fatalities: 5),
            ActorTally(actor: "\"><svg onload=alert(1)>", incidents: 1, fatalities: 2),
        ]).render()
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<svg onload"))
        #expect(html.contains("<title>&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; 'Sons': 5 fatalities in 1 incident</title>"))
        #expect(html.contains("<th scope=\"row\">&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; 'Sons'</th>"))
        #expect(Self.desc(html)?.contains("&lt;script&gt;") == true)
        // Through every other chart's free text too.
        let indicator = Charts.indicator([IndicatorPoint(date: "2016-05-05", value: 620, source: "<b>\"Reuters\" & co</b>")],
                                         name: "<i>pound</i>", unit: "SYP & \"USD\"", id: "x\"y").render()
        #expect(!indicator.contains("<b>") && !indicator.contains("<i>"))
        #expect(indicator.contains("source: &lt;b&gt;\"Reuters\" &amp; co&lt;/b&gt;</title>"))
        #expect(indicator.contains("id=\"x&quot;y-title\""))
        let spark = Charts.sparkline([("<00>", 1)], name: "\"a\" & <b>").render()
        #expect(spark.contains("aria-label=\"&quot;a&quot; &amp; &lt;b&gt;: 1 in all, most at &lt;00&gt; (1). &lt;00&gt; 1.\""))
    }

    // MARK: - Band

    @Test func band_sumsEstimatesOverTypes_perDay() throws {
        let chart = try #require(BandChart(Self.sample))
        #expect(chart.estimates.map(\.best) == [15, 0, 0, 0, 42])
        #expect(chart.estimates[0] == BandChart.Estimate(low: 13, best: 15, high: 24))
        let html = Charts.band(Self.sample).render()
        Self.expectWellFormed(html)
        #expect(Self.desc(html) == "Fatalities per day, 1–5 May 2016: best estimate 57 in all (range 45–80); highest on 5 May 2016, 42 (32–56).")
        #expect(Self.tableRows(html).map(\.cells) == [["13", "15", "24"], ["0", "0", "0"], ["0", "0", "0"], ["0", "0", "0"], ["32", "42", "56"]])
        #expect(html.contains("<title>5 May 2016 · 42 fatalities, best estimate (low 32, high 56)</title>"))
        #expect(html.matches(of: #/<circle /#).count == 5)
        #expect(html.contains(">Low–high range</text>") && html.contains(">Best estimate</text>"))
    }

    @Test func band_oneDay_isAColumnNotNothing() {
        let html = Charts.band([Self.tally("2016-05-05", low: 3, best: 5, high: 9)]).render()
        Self.expectWellFormed(html)
        let d = html.firstMatch(of: /class="band" d="([^"]+)"/).map { String($0.1) } ?? ""
        let xs = Set(d.matches(of: #/[ML]([\d.]+) /#).map { String($0.1) })
        #expect(xs.count == 2)  // a band with width
        #expect(html.matches(of: #/<circle /#).count == 1)
    }

    // MARK: - Sparkline and indicator

    @Test func sparkline_carriesItsNumbersInItsLabel() {
        let counts = (0..<6).map { (label: "0\($0):00", value: [3, 0, 12, 5, 0, 1][$0]) }
        let html = Charts.sparkline(counts).render()
        #expect(html.hasPrefix("<svg "))
        #expect(html.contains("viewBox=\"0 0 120 24\"") && html.contains("role=\"img\""))
        let label = "Incidents per hour: 21 in all, most at 02:00 (12). 00:00 3, 01:00 0, 02:00 12, 03:00 5, 04:00 0, 05:00 1."
        #expect(html.contains("aria-label=\"\(label)\""))
        #expect(html.contains("<title>\(label)</title>"))
        let points = Sparkline(counts, name: "x").points
        #expect(points.map(\.y).min() == points[2].y)  // the peak is highest
        #expect(points[1].y == points[4].y)  // zeros sit on the same line
        #expect(!Charts.sparkline([]).render().contains("NaN"))
        #expect(Charts.sparkline([]).render().contains("aria-label=\"Incidents per hour: none.\""))
        #expect(!Charts.sparkline([("now", 4)]).render().contains("NaN"))
    }

    @Test func indicator_linesReadingsUpInDateOrder_withTheirSources() throws {
        let points = [
            IndicatorPoint(date: "2016-05-20", value: 648.5, source: "SyrianPound.org"),
            IndicatorPoint(date: "2016-05-01", value: 620, source: "Central Bank"),
            IndicatorPoint(date: "2016-05-03", value: 603.25, source: nil),
            IndicatorPoint(date: "2016-05-xx", value: 1, source: nil),
        ]
        let chart = try #require(IndicatorChart(points, name: "Syrian pound", unit: "SYP per USD"))
        #expect(chart.readings.map(\.day.iso) == ["2016-05-01", "2016-05-03", "2016-05-20"])
        #expect(chart.unusable == 1)
        let html = Charts.indicator(points, name: "Syrian pound", unit: "SYP per USD").render()
        Self.expectWellFormed(html)
        #expect(Self.desc(html) == "Syrian pound, 1–20 May 2016: 3 readings, from 620 to 648.5 SYP per USD; lowest 603.25 on 3 May 2016, highest 648.5 on 20 May 2016.")
        #expect(html.contains("<title>20 May 2016 · 648.5 SYP per USD · source: SyrianPound.org</title>"))
        #expect(html.contains("<title>3 May 2016 · 603.25 SYP per USD</title>"))
        #expect(Self.tableRows(html).map(\.cells) == [["620", "Central Bank"], ["603.25", "—"], ["648.5", "SyrianPound.org"]])
        // Uneven gaps stay uneven: 2 days then 17.
        let cx = html.matches(of: /<circle cx="([\d.]+)"/).map { Double($0.1)! }
        #expect(cx.count == 3)
        #expect(abs((cx[2] - cx[1]) / (cx[1] - cx[0]) - 8.5) < 0.05)
        #expect(html.contains(">600</text>") && html.contains(">650</text>"))
        #expect(html.contains("1 reading with an unreadable date or value left out."))
    }

    @Test func dateTicks_areRoundDates() {
        let d = { ChartDay($0)! }
        #expect(IndicatorChart.dateTicks(from: d("2016-05-01"), to: d("2016-05-05"), maxTicks: 8).map(\.iso)
            == ["2016-05-01", "2016-05-02", "2016-05-03", "2016-05-04", "2016-05-05"])
        let weekly = IndicatorChart.dateTicks(from: d("2016-05-01"), to: d("2016-06-15"), maxTicks: 8)
        #expect(weekly.allSatisfy { $0.weekday == 0 } && weekly.first?.iso == "2016-05-02")
        let monthly = IndicatorChart.dateTicks(from: d("2015-11-15"), to: d("2017-03-01"), maxTicks: 8)
        #expect(monthly.map(\.iso) == ["2016-01-01", "2016-04-01", "2016-07-01", "2016-10-01", "2017-01-01"])
        let years = IndicatorChart.dateTicks(from: d("2000-03-01"), to: d("2020-03-01"), maxTicks: 8)
        #expect(years.count <= 8 && years.allSatisfy { $0.civil.month == 1 && $0.civil.day == 1 })
    }
}
