// Package gazetteer holds known entities (places, organizations, people)
// with stable IDs and names in many languages, the embedded default built
// from open data, and a matcher that finds them in token sequences through
// case folding and inflection.
//
// gazetteer knows tokens (package lang), not models: it imports lang and
// nothing of entity.
//
// # Matching
//
// A name matches a run of tokens when the tokens' folded forms (Token.Norm),
// joined by a single space where the text has white space between them and
// by nothing where they touch, equal the name folded the same way. Folding
// here is language-neutral: lower case, NFC, Turkish dotless ı and dotted İ
// both as i, typographic apostrophes as ', dashes as -. So "HANGZHOU",
// "IRAK" (Turkish fold "ırak") and "Côte d’Ivoire" match their names
// whatever the tokenizer does with apostrophes and hyphens. An apostrophe
// suffix is its own token (Türkiye'ye → Türkiye 'ye) and simply not part of
// the match; an inflected last word without apostrophe (Dışişleri
// Bakanlığının) matches through the language's morphology.
//
// # Data format
//
// Entries are read from TSV (ReadTSV) or JSON Lines (ReadJSONL); Load and
// LoadFile accept either, gzip-compressed or not.
//
// TSV: UTF-8, one entry per line, tab-separated; lines starting with '#'
// are comments and blank lines are ignored. Columns:
//
//	1 id       stable ID: a Wikidata QID (Q159) where a source gives one, else
//	           namespaced: iso:RU, iso:TR-06, geonames:745044,
//	           trdistrict:<plate>-<ascii name>, varlik:person:<slug>,
//	           varlik:org:<slug>. IDs are unique within a file.
//	2 type     PERSON | LOCATION | ORGANIZATION
//	3 subtype  LOCATION: country, territory, region, region2 (a second-level
//	           region: county, department, province below a region),
//	           province, district, city, capital; ORGANIZATION: igo, agency, ministry, party, company,
//	           university, club, institution, ...; PERSON: head_of_state,
//	           head_of_government, minister, politician, legislator, judge, ...
//	4 prior    a number in [0,1] ranking entries that share a name
//	5 names    lang=name|alias|alias;lang=name|alias — the first name per
//	           language is the preferred one. Names contain no tab, ';', '|'
//	           or '='.
//	6 attrs    key=value;key=value (may be empty or omitted). Keys: country,
//	           parent, capital, of (entry IDs), population, iso, iso3, role,
//	           role_en, role_ru, demonym_tr, demonym_en, demonym_ru, source.
//	           Values contain no tab, ';' or '='.
//
// For example:
//
//	Q159	LOCATION	country	0.98	tr=Rusya|Rusya Federasyonu;en=Russia|Russian Federation;ru=Россия	iso=RU;iso3=RUS;capital=Q649
//
// JSONL: one object per line (blank lines and lines starting with '#' are
// ignored):
//
//	{"id":"Q148","type":"LOCATION","subtype":"country","prior":0.95,"names":{"tr":["Çin"],"en":["China"]},"attrs":{"iso":"CN"}}
//
// Attribute values in JSON may be strings or numbers.
package gazetteer
