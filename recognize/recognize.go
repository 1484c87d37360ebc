// Package recognize finds the entity mentions (people, places,
// organizations) of a tokenized document: the spans of a language's
// model or name finder, merged with the gazetteer's matches, then the
// rules that screen, join, trim, split, widen, retype, drop and add
// mentions, in named stages (stages.go), and the short mentions link
// adds. Its files are named by what their rule does: add_, drop_, join_,
// split_, trim_, widen_, retype_ and merge_ (the gazetteer merge).
//
// The rules ask the language only through lang's optional interfaces,
// resolved once a language (language.go), and never branch on a
// document's language code. Package entity, the
// façade, builds a Recognizer with its defaults and calls it between
// tokenizing and linking.
package recognize

import (
	"context"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/link"
	"github.com/varlik/varlik/ner"
)

// Recognizer finds the entity mentions of tokenized documents: the
// spans of a language's model or name finder, the gazetteer's matches,
// and the rules that trim, split, join, retype, drop and add mentions.
// It is safe for concurrent use by multiple goroutines; its cache (the
// names an abbreviation may stand for) is its own.
type Recognizer struct {
	gaz    *gazetteer.Gazetteer
	linker *link.Linker                 // over gaz: the document's short mentions
	model  func(code string) *ner.Model // a language's tagging model, nil for none
	// abbreviable holds the names expandAbbreviatedNames tries, by language.
	abbreviable abbreviableNames
	// languages holds each language's *language (languageOf), by its code;
	// last, the one languageOf found last.
	languages sync.Map
	last      atomic.Pointer[language]
}

// New returns a Recognizer over the gazetteer g. linker (a link.Linker
// over g, which the caller may share for linking) adds the short
// mentions the document's full names reveal; model returns the tagging
// model of a language code, or nil where the language has none (its
// lang.NameFinder, else the gazetteer and the rules alone, find names).
func New(g *gazetteer.Gazetteer, linker *link.Linker, model func(code string) *ner.Model) *Recognizer {
	return &Recognizer{gaz: g, linker: linker, model: model}
}

// Recognize finds the entity mentions of doc, a document of language l
// whose Text, Tokens and Sentences are set. The mentions are sorted by
// Start and do not overlap; each one's Start and End are byte offsets
// into doc.Text with doc.Text[Start:End] == Text, and First and Last its
// token range. Each sentence's spans come from the language's model
// where it has one (it uses the gazetteer as features), else from the
// language's own recognizer (a lang.NameFinder, such as prose's in
// lang/en/prosener);
// mergeGazetteer then gives them gazetteer entries and adds the
// gazetteer matches they missed; the stages of rules follow (stages.go),
// and link.AddShortMentions adds the short mentions of people that the
// document's full names reveal (Li of Li Qiang). This is the only stage
// that adds entities: linking only links.
//
// Recognize sets doc.Entities to its result on the way (the short
// mentions read it), and may change Token.Text and Token.Kind of doc's
// tokens for the time of the call only (truecase.go). When ctx is done
// it returns ctx.Err() at its next check: before each window of a
// sentence, every 1,024 mentions of screen, and in the short mentions.
func (r *Recognizer) Recognize(ctx context.Context, doc *annotation.Document, l lang.Language) ([]annotation.Entity, error) {
	// The stages read l's optional interfaces from p.l (capsOf), and hand
	// other packages plain(p.l).
	bufs := getPassBuffers()
	defer bufs.release()
	p := &pass{Recognizer: r, doc: doc, l: r.languageOf(l), m: r.model(l.Code()), bufs: bufs}
	if saved := r.truecaseCaps(doc, p.l, p.m, &bufs.lower); saved != nil {
		defer restoreCase(doc, saved) // truecase.go: headlines in capitals, text in lower case
	}
	p.cases = bufs.wordCases(doc.Tokens)
	p.cues = bufs.wordCues(doc.Tokens, p.l)
	ents, err := p.windowSpans(ctx)
	if err != nil {
		return nil, err
	}
	kept, err := p.screen(ctx, ents)
	if err != nil {
		return nil, err
	}
	kept = p.joinAndTrimWords(kept)
	kept = p.splitMentions(kept)
	kept = p.bodyAndPlaceEdges(kept)
	kept = p.addBodies(kept)
	kept = p.dropNonNames(kept)
	kept = p.formsAndKinds(kept)
	kept = p.organizationsByContext(kept)
	kept = p.sportsTeams(kept)
	kept = p.peopleAndPlaces(kept)
	kept = p.organizationsByKind(kept)
	kept = p.scoresAndRows(kept)
	kept = p.bodiesAndPapers(kept)
	kept = p.dropLate(kept)
	kept = p.joinLate(kept)
	p.spread(kept)
	kept = p.placesAndLists(kept)
	doc.Entities = p.lastEdges(kept)
	if err := r.linker.AddShortMentionsContext(ctx, doc, plain(p.l)); err != nil {
		return nil, err
	}
	doc.Entities = p.addAfterShortMentions(doc.Entities)
	return doc.Entities, nil
}

// windowSpans returns the document's spans, sentence by sentence in
// windows of at most lang.MaxSentenceTokens tokens and MaxSentenceBytes
// bytes (lang.SentenceWindowEnd: Extract's sentences are already cut to
// them, a caller's own may not be, and the tagger's buffers must stay
// small): the model's spans, which it tags with the
// gazetteer's matches as features, or the language's NameFinder's, merged
// with the gazetteer's matches (mergeGazetteer). It keeps the model's
// names of other kinds in p.misc where the language reads them
// (lang.ForeignScriptNames). Every rule stage works on its result. It
// checks ctx before each window.
func (p *pass) windowSpans(ctx context.Context) ([]annotation.Entity, error) {
	doc, l, m := p.doc, p.l, p.m
	finder := capsOf(l).nameFinder
	if m != nil {
		finder = nil
	}
	var found []annotation.Span // document-wide, token indices into doc.Tokens
	source := "model"
	if finder != nil {
		var err error
		if found, source, err = findNames(ctx, doc, finder); err != nil {
			return nil, err
		}
	}
	var ents []annotation.Entity
	spanBuf, matchBuf := &p.bufs.spans, &p.bufs.matches // each window's in turn (TagMatchedInto, MatchInto)
	wantMisc := capsOf(l).foreignScriptNames != nil     // addForeignScriptNames reads them
	for _, s := range doc.Sentences {
		for first := s.First; first < s.Last; {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			last := lang.SentenceWindowEnd(doc.Tokens, first, s.Last)
			toks := doc.Tokens[first:last]
			matches := p.gaz.MatchInto(matchBuf, toks, plain(l))
			p.states = appendFormerStates(p.states, matches, first)
			var spans []annotation.Span
			switch {
			case m != nil:
				if !wantMisc {
					spans = m.TagMatchedInto(spanBuf, toks, plain(l), matches)
					break
				}
				var other []annotation.Span
				spans, other = m.TagMatchedMiscInto(spanBuf, toks, plain(l), matches)
				for _, sp := range other {
					sp.First, sp.Last = sp.First+first, sp.Last+first
					p.misc = append(p.misc, sp)
				}
			case finder != nil:
				spans, found = sentenceSpans(found, lang.Sentence{First: first, Last: last})
			}
			// About one entity a span or match, and at most one a token
			// (splitAtHyphens may add some: append makes room for them).
			ents = growFor(ents, min(len(spans)+len(matches), last-first), first, len(doc.Tokens))
			ents = mergeGazetteer(ents, doc, first, spans, source, matches, l)
			first = last
		}
	}
	return ents, nil
}

// findNames returns the finder's mentions of doc that fall on token
// boundaries, in order and non-overlapping, and the finder's source name.
func findNames(ctx context.Context, doc *annotation.Document, finder lang.NameFinder) ([]annotation.Span, string, error) {
	names, err := finder.FindNames(ctx, doc.Text)
	if err != nil {
		return nil, "", err
	}
	source := ""
	var spans []annotation.Span
	for _, n := range names {
		first, last, ok := doc.TokenRange(n.Start, n.End)
		if ok && (len(spans) == 0 || spans[len(spans)-1].Last <= first) {
			spans = append(spans, annotation.Span{First: first, Last: last, Type: annotation.Type(n.Type), Score: n.Score})
			source = n.Source
		}
	}
	return spans, source, nil
}

// sentenceSpans splits off the spans of sorted spans that start before
// the end of the window s (a sentence or part of one): it returns those
// lying inside s, relative to s.First, and the spans after s.
func sentenceSpans(spans []annotation.Span, s lang.Sentence) (in, rest []annotation.Span) {
	for len(spans) > 0 && spans[0].First < s.Last {
		if sp := spans[0]; sp.First >= s.First && sp.Last <= s.Last {
			in = append(in, annotation.Span{First: sp.First - s.First, Last: sp.Last - s.First, Type: sp.Type, Score: sp.Score})
		}
		spans = spans[1:]
	}
	return in, spans
}

// demonym reports whether e is a one-word mention that no gazetteer entry
// named and that is a country's nationality word (Russian in "Russian
// Prime Minister"): the news convention does not tag them, and
// recognizers trained on other conventions do, so recognize drops them.
// On the NTREX English dev half F1 went from 0.7384 to 0.7432; Turkish and
// Russian have no demonyms in the gazetteer and are unchanged.
func demonym(e *annotation.Entity, g *gazetteer.Gazetteer, l lang.Language) bool {
	return e.Last-e.First == 1 && !strings.Contains(e.Source, "gazetteer") && g.IsDemonym(e.Text, plain(l))
}

// trustedSample is the fraction of a document (one in trustedSample
// tokens) that growFor must have read before it sizes the entity slice
// for the whole document at the density seen: a denser start can then
// make it at most 16 times (and a tenth) too big, and no bigger than
// about a name a token.
const trustedSample = 16

// firstEntities bounds the room growFor makes at a document's first
// names, so that a long document with few names keeps a small slice. The
// news benchmarks' documents (about 400 tokens) stay below it; their bytes
// allocated chose the rate of a name every twelve tokens (every eighth
// allocated more for documents of one line).
const firstEntities = 48

// growFor returns s with room for n more elements. When it must grow, it
// sizes s for the whole document at the density seen so far (done of
// total tokens read) and a fifth more, which leaves room for what the
// rules and link's short mentions add (6-7% on news), so that no stage
// after windowSpans copies the document's mentions into a larger array
// (with a tenth, link's first merge did: 2.5 MB of 50 on 1.5 MB of
// Turkish; the room never written is never faulted in). append grows a
// large slice by a quarter at a time, which allocated five times the
// final size (35 MB of entities for 5.5 MB of news, whose entities take
// 7 MB). A guess from a
// dense start alone could be far too big (one name, then a megabyte of
// lower-case words), so before a sixteenth of the document is read it
// at most doubles s; from then on the guess is trusted. Doubling all the
// way allocated 18 MB of entities for those 7 MB (each size copied into
// the next), the trusted guess about 9.
func growFor[T any](s []T, n, done, total int) []T {
	if cap(s)-len(s) >= n {
		return s
	}
	want := int(float64(len(s))*float64(total)/float64(max(done, 1))*1.2) + n
	if done < total/trustedSample {
		want = min(want, 2*len(s)+n)
	}
	if len(s) == 0 {
		// The first names make room for the rest of a short document's at
		// once, a name every twelve tokens (news names one every 13 to 16),
		// where growing sentence by sentence copied them several times
		// over; at most firstEntities, so that a long document that names
		// nothing more is not sized by its length.
		want = max(want, min((total-done)/12, firstEntities))
	}
	grown := make([]T, len(s), max(want, len(s)+n, len(s)*5/4))
	copy(grown, s)
	return grown
}

// sentenceLast returns the end (Last) of the sentence of doc that holds
// token k, or len(doc.Tokens) where no sentence does: the bound of a run
// of words a rule reads on from a mention, which must not go on into the
// next sentence (a headline and its story with no stop between them).
func sentenceLast(doc *annotation.Document, k int) int {
	i := sort.Search(len(doc.Sentences), func(i int) bool { return doc.Sentences[i].Last > k })
	if i < len(doc.Sentences) && doc.Sentences[i].First <= k {
		return doc.Sentences[i].Last
	}
	return len(doc.Tokens)
}
