import SitrepModel

// MARK: - Where the coded event is

extension Assembler {
    /// Writes the chosen place into `event`: its display name, country, ACLED's admin1 name, the
    /// point (rounded to four decimals) and its precision, and the place's span. A province is its
    /// own admin1; a country-level event is coded at the capital's first-level unit. With no place,
    /// only the story's country.
    func locate(_ event: inout ExtractedEvent, at place: ChosenPlace?, country: String?, spans: inout [String: SpanList]) {
        if let place {
            let g = extractor.gazetteer
            event.location = Assembler.displayName(g.name(place.id))
            event.country = g.country(place.id)
            event.admin1 = Assembler.acledAdmin1(g.admin1(place.id), country: event.country)
            let point = place.point ?? SIMD2(g.places[Int(place.id)].lat, g.places[Int(place.id)].lon)
            event.latitude = (Double(point.x) * 10_000).rounded() / 10_000
            event.longitude = (Double(point.y) * 10_000).rounded() / 10_000
            event.geoPrecision = place.precision
            spans["location"] = span(place.range)
            if g.places[Int(place.id)].kind == .province, event.admin1 == nil { event.admin1 = Assembler.acledAdmin1(event.location, country: event.country) }
            // a country-level event is coded at the capital, and so in the capital's first-level unit
            if g.places[Int(place.id)].kind == .country, event.admin1 == nil, let capital = g.capitals[g.places[Int(place.id)].countryKey] {
                event.admin1 = Assembler.acledAdmin1(g.admin1(capital), country: event.country)
            }
        } else {
            event.country = country
        }
    }
}
