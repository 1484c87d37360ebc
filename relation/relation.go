package relation

import (
	"context"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// Patterns is one language's relation patterns and the word lists
// they use. Folded forms throughout (lang.Language.Fold).
type Patterns struct {
	Patterns []Pattern // tried in order; earlier patterns win overlaps

	TitleHeads      map[string]TitleHead // folded stem → head
	TitleExtensions map[string]bool      // stems that extend a head: yardımcı (Bakan Yardımcısı)
	TitleAdjectives map[string]bool      // modifiers after which the head keeps its Lemma: genel, özel
	TitleJoiners    map[string]bool      // words inside a title: ve (Tarım ve Orman Bakanı)
	// TitleModifiers, when set, lists the only words that may precede a
	// head in a title (English: prime, foreign, ...), which keeps
	// nationality adjectives (Russian Prime Minister) out of the role.
	TitleModifiers map[string]bool
	// CompoundTitles says that the language marks a noun compound on its
	// head (Turkish Dışişleri Bakanı, Belediye Başkanı), so that the
	// capitalized words before a bare head (İngiliz Başbakan, Demokrat
	// Senatör, a sentence's Ancak Başbakan) are adjectives or other words
	// outside the role, unless TitleAdjectives lists them (Genel Sekreter).
	CompoundTitles bool
	// TitleTails are phrases that continue a title after its head and stay
	// in the role: English "of state" (secretary of state).
	TitleTails []string
	// HeadForm reports which readings of a word (lang.Language.Analyze)
	// are forms a title head takes. Nil: the bare stem or its possessive
	// (Turkish Başbakan, Başbakanı); Russian heads take every singular case
	// (министра, министром).
	HeadForm func(a lang.Analysis) bool
	// HeadFirst, when set, reads titles head first, with the modifiers
	// and complements it knows (Russian: генеральный секретарь, министр
	// иностранных дел); TitleModifiers, TitleAdjectives, TitleExtensions
	// and TitleJoiners are then unused.
	HeadFirst TitleWords

	SuffixCases    map[string]string // apostrophe suffixes the morphology does not read as a case: 'li → "With"
	Postpositions  map[string]string // postpositions that act as a case: ile → "Ins"
	ListSeparators map[string]bool   // between coordinated entities: "," ve
	TopicWords     map[string]bool   // after a clause's subject: ise, de
	ReportEndings  []string          // word endings of reported speech: -dığını, -acağını
	// QuoteTrim is the punctuation a quotation's words leave out at their
	// end, where the language's annotation puts it in the frame rather
	// than the words said (English “...,” he said → ...). Nil: none.
	QuoteTrim map[string]bool
	// ClauseJoiners join a clause with a speaker of its own to the words
	// another said: English while, but; Russian однако, а, но. Reported
	// speech ends before ", joiner Speaker".
	ClauseJoiners map[string]bool
	// StemPrefix returns the part of a stem that every inflected form of
	// it starts with (Turkish drops a final consonant that may soften:
	// eyalet → eyaleti, kitap → kitabı). Nil: the whole stem.
	StemPrefix func(stem string) string

	// headPrefixes maps the first headKeyLen bytes of every title head
	// and extension stem to the StemPrefix of those stems: a cheap test
	// that spares the morphology the many words that cannot be a title
	// (see mayBeTitleWord).
	headPrefixes *wordTable[[]string]
	headKeyLen   int // see headKeyLenOf
	// The word lists that titles and entity lists ask of most words they
	// read, in word tables: a map hashed all of each word, where a bit of
	// the table's filter turns most away (English titles spent 3% of
	// relation.Extract in map look-ups).
	heads         *wordTable[TitleHead] // TitleHeads
	modifiers     *wordTable[bool]      // TitleModifiers
	separators    *wordTable[bool]      // ListSeparators
	postpositions *wordTable[string]    // Postpositions
	phrases       *phraseIndex          // the first words of the word elements' phrases; what each Pattern requires
	titleTails    [][]string            // TitleTails, split into words
	titleAheads   []titleAhead          // by Pattern (see titleAheadOf)
	titlesAhead   titleAhead            // the types of them all, and the longest reach (see titleBegins)
	// reportByLast holds reportEndings by their last byte: most words end
	// in another, and the clause patterns test every word they span.
	reportByLast [256][]string
}

// headPrefixLen is short enough that a softened stem (bakanlık →
// bakanlığı) keeps it, long enough to reject most words.
const headPrefixLen = 3

// mayBeTitleWord reports whether norm may be an inflected title head or
// extension; false is certain, true needs the morphology. An inflected
// form starts with the stemPrefix of its stem (as hasStem assumes); a word
// shorter than headKeyLen is no inflected form of a longer stem, and
// every stem is longer (a short head such as English "mp" is found as
// written).
func (p *Patterns) mayBeTitleWord(norm string) bool {
	if len(norm) < p.headKeyLen {
		return false
	}
	prefixes, _ := p.headPrefixes.get(norm[:p.headKeyLen])
	for _, prefix := range prefixes {
		if strings.HasPrefix(norm, prefix) {
			return true
		}
	}
	return false
}

var (
	patternsMu sync.RWMutex
	patternSet = map[string]func() *Patterns{}
)

// Register makes the patterns build returns the relation patterns of
// language code. The pattern packages (relation/tr, relation/en,
// relation/ru) call it from init; build runs, and its patterns are
// indexed, on the language's first use, so that a program pays only for
// the languages it reads (building them all took 6 ms of every start);
// the patterns must not be changed afterwards.
func Register(code string, build func() *Patterns) {
	patternsMu.Lock()
	defer patternsMu.Unlock()
	patternSet[code] = sync.OnceValue(func() *Patterns { return indexed(build()) })
}

// headKeyLenOf returns the length of the keys of headPrefixes for title
// stems (those of headPrefixLen bytes or more) and their stemPrefix:
// headPrefixLen, or the length of their shortest stemPrefix where each is
// a prefix of its stem and that is longer, since a word that starts with
// one then starts with the stem's first bytes of that length too. Russian
// stems keep six bytes and more (мэр, посол), whose first three keyed
// most Cyrillic words by their first letter and the lead byte of the
// second, and a word was compared with up to 20 stems' prefixes.
func headKeyLenOf(stemSets []map[string]bool, stemPrefix func(string) string) int {
	n := 0
	for _, stems := range stemSets {
		for stem := range stems {
			if len(stem) < headPrefixLen {
				continue
			}
			prefix := stemPrefix(stem)
			if !strings.HasPrefix(stem, prefix) || len(prefix) <= headPrefixLen {
				return headPrefixLen
			}
			if n == 0 || len(prefix) < n {
				n = len(prefix)
			}
		}
	}
	return max(n, headPrefixLen)
}

// indexed fills p's look-up tables and returns p.
func indexed(p *Patterns) *Patterns {
	if p.StemPrefix == nil {
		p.StemPrefix = func(stem string) string { return stem }
	}
	titleStems := []map[string]bool{keysOf(p.TitleHeads), p.TitleExtensions}
	p.headKeyLen = headKeyLenOf(titleStems, p.StemPrefix)
	headPrefixes := map[string][]string{}
	for _, stems := range titleStems {
		for stem := range stems {
			if len(stem) >= headPrefixLen {
				head := stem[:p.headKeyLen]
				headPrefixes[head] = append(headPrefixes[head], p.StemPrefix(stem))
			}
		}
	}
	p.headPrefixes = newWordTable(headPrefixes)
	p.heads, p.modifiers = newWordTable(p.TitleHeads), newWordTable(p.TitleModifiers)
	p.separators, p.postpositions = newWordTable(p.ListSeparators), newWordTable(p.Postpositions)
	p.phrases = buildPhraseIndex(p)
	p.titleTails = splitPhrases(p.TitleTails)
	p.titleAheads = make([]titleAhead, len(p.Patterns))
	for pi := range p.Patterns {
		p.Patterns[pi].anchor = anchorOf(&p.Patterns[pi])
		p.Patterns[pi].entFollowed = entFollowedOf(&p.Patterns[pi])
		p.Patterns[pi].ahead = aheadOf(&p.Patterns[pi]) // after buildPhraseIndex, which sets the leads
		setConsumers(&p.Patterns[pi])
		p.titleAheads[pi] = titleAheadOf(&p.Patterns[pi], p.titleReach())
		p.titlesAhead.types |= p.titleAheads[pi].types
		p.titlesAhead.reach = max(p.titlesAhead.reach, p.titleAheads[pi].reach)
	}
	for _, e := range p.ReportEndings {
		if e != "" {
			p.reportByLast[e[len(e)-1]] = append(p.reportByLast[e[len(e)-1]], e)
		}
	}
	return p
}

func keysOf[V any](m map[string]V) map[string]bool {
	keys := make(map[string]bool, len(m))
	for k := range m {
		keys[k] = true
	}
	return keys
}

func patternsFor(code string) *Patterns {
	patternsMu.RLock()
	build := patternSet[code]
	patternsMu.RUnlock()
	if build == nil {
		return nil
	}
	return build()
}

func (p *Patterns) reportsSpeech(u *unit) bool {
	if u.ent >= 0 {
		return false
	}
	if u.norm == "" {
		return false
	}
	for _, e := range p.reportByLast[u.norm[len(u.norm)-1]] {
		if strings.HasSuffix(u.norm, e) {
			return true
		}
	}
	return false
}

func (p *Patterns) sentenceEnd(norm string) bool {
	switch norm {
	case ".", "!", "?", "…", "...":
		return true
	}
	return false
}

func (p *Patterns) isListSeparator(norm string) bool {
	listed, _ := p.separators.get(norm)
	return listed
}

func (p *Patterns) postpositionCase(norm string) string {
	c, _ := p.postpositions.get(norm)
	return c
}

func (p *Patterns) titleHead(norm string) (TitleHead, bool) { return p.heads.get(norm) }

// isTitleModifier reports whether TitleModifiers lists norm.
func (p *Patterns) isTitleModifier(norm string) bool {
	listed, _ := p.modifiers.get(norm)
	return listed
}

// Extract returns the relations stated in doc between
// doc.Entities, ordered by evidence start. It needs doc.Tokens and the
// entities' token spans (First, Last); it uses the entities' IDs, when
// linking has set them, to skip relations of a referent with itself. A
// language without patterns yields none.
//
// Every relation has textual evidence: Start and End cover the matched
// Pattern, from its first to its last element. A gazetteer's "country" or
// "parent" attribute is never a relation by itself; with ExtractWith, it
// decides whether two places written together in a construction that may
// state containment ("Kansas City, Missouri", "Xining, Qinghai'de",
// "Орегон в США") do state it (Pattern.Known).
//
//	type        subject              object                        example (tr)
//	ROLE        PERSON               LOCATION|ORGANIZATION or -1   Çin Başbakanı Li Qiang; Dışişleri Bakanı Hakan Fidan (-1)
//	LOCATED_IN  LOCATION             LOCATION                      Zhejiang eyaletinin merkezi Hangzhou; Çin'in doğusundaki Zhejiang
//	MEETS       PERSON               PERSON                        X, Y ile görüştü; X ve Y bir araya geldi; X, Y'yi kabul etti
//	MEMBER_OF   LOC|ORG|PERSON       ORGANIZATION                  NATO üyesi Türkiye; CHP'li X; AK Parti milletvekili X
//	VISITS      PERSON               LOCATION                      X, Y'yi ziyaret etti; Y'ye gitti; Y'de temaslarda bulundu
//	SAYS        PERSON|ORGANIZATION  -1 (QuoteStart/QuoteEnd)      X, “...” dedi; X, ... olduğunu söyledi
//
// Conventions:
//   - ROLE: annotation.Role is the title's Lemma: a bare head loses its possessive
//     (Başbakanı → Başbakan, Sekreteri in Genel Sekreteri → Genel Sekreter),
//     a compound keeps its compound marker (Dışişleri Bakanı, Devlet
//     Başkanı, Cumhurbaşkanı Yardımcısı). The object is the country or
//     organization written before the title (Çin, Çin'in, BM, "Dünya
//     Sağlık Örgütü (DSÖ)"); with none in the text (Dışişleri Bakanı Hakan
//     Fidan) the object is -1 and only annotation.Role is set. "Y'nin Z Büyükelçisi
//     X" gives X the role Büyükelçi of Y (Z is the posting).
//   - MEMBER_OF: titles that make one a member (Milletvekili, Senatör,
//     üye) after a party or organization give MEMBER_OF, not ROLE: "AK
//     Parti Konya Milletvekili X" is X MEMBER_OF AK Parti and X ROLE
//     Milletvekili of Konya; such a MEMBER_OF carries the title in annotation.Role.
//     Coordinated subjects each get the relation (NATO üyesi X, Y ve Z).
//   - MEETS is symmetric: each pair is reported once, subject first in
//     the text's order of roles (the grammatical subject, or the first of
//     "X ile Y" / "X ve Y"). A meeting needs a meeting predicate
//     (görüştü, bir araya geldi, eş başkanlık etti, kabul etti); being in
//     one place is not a meeting.
//   - VISITS needs a travel or visit predicate (ziyaret etti, gitti, geldi,
//     temaslarda bulundu); an event held in a place is not a visit.
//   - SAYS has object -1; QuoteStart and QuoteEnd delimit the words inside
//     the quotation marks, or the reported clause of indirect speech (from
//     after "X," to the -DIğInI word before the verb of saying). Each quote
//     has one speaker.
//
// The patterns of each language are data (relation/tr, relation/en,
// relation/ru): sequences of elements over units, where a unit is a token
// or a whole entity mention with its apostrophe suffix read as a case
// (Çin'in is one unit of case Gen; a Russian name, inflected without an
// apostrophe, is read by the prepositions and verbs around it). Elements
// are entities (by type and case), trigger phrases (exact words, prefixes
// "görüşt*" or stems "eyalet+" matched through the language's morphology),
// titles (read head last, or head first with Patterns.HeadFirst: министр
// иностранных дел), gaps (which may refuse negations), asides, quotes and
// reported clauses. Adding a language is adding a table.
//
// It stops early, returning what it has, when ctx is done; the caller
// reports ctx.Err().
func Extract(ctx context.Context, doc *annotation.Document, l lang.Language) []annotation.Relation {
	return ExtractWith(ctx, doc, l, nil)
}

// ExtractWith is Extract with what places knows of where the places lie,
// which the patterns marked Known need (see Pattern.Known); with nil
// places they match nothing. Places also refuses LOCATED_IN between two
// countries, which no construction states ("in Singapore, North Korea's
// diplomat said").
func ExtractWith(ctx context.Context, doc *annotation.Document, l lang.Language, places Places) []annotation.Relation {
	if doc == nil || l == nil || len(doc.Entities) == 0 {
		return nil
	}
	p := patternsFor(l.Code())
	if p == nil {
		return nil
	}
	return extractWith(ctx, doc, l, p, places)
}

// extractWith is ExtractWith with patterns p.
func extractWith(ctx context.Context, doc *annotation.Document, l lang.Language, p *Patterns, places Places) []annotation.Relation {
	scratch := matcherScratch.Get().(*matcherBuffers)
	defer scratch.recycle()
	scratch.analyzeWith(l)
	scratch.sortedByFirst = slices.IsSortedFunc(doc.Entities, func(a, b annotation.Entity) int { return a.First - b.First })
	rels := scratch.rels[:0]
	if len(doc.Tokens) > maxBatchTokens {
		scratch.reserve(widestBatch(doc))
	}
	for first := 0; first < len(doc.Tokens) && ctx.Err() == nil; {
		last := batchEnd(doc, first)
		rels = extractBatch(ctx, doc, l, p, places, scratch, first, last, rels, &scratch.said)
		first = last
	}
	slices.SortStableFunc(rels, func(a, b annotation.Relation) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return strings.Compare(string(a.Type), string(b.Type))
	})
	scratch.rels = rels
	if len(rels) == 0 {
		return nil
	}
	return slices.Clone(rels)
}

// maxBatchTokens bounds the tokens matched at once. A news article is far
// shorter and is matched whole; a huge document is matched in batches of
// whole lines, so that its units (88 bytes a token, and their title heads
// and start lists) need not all exist at once: 5 MB of random bytes would
// take 400 MB. Batches of 16,384 tokens, not 65,536, keep a long
// document's heap low enough that it needs one garbage collection less:
// tag -out json on 1.5 MB of Turkish news ran three collections, the last
// of them started by these buffers, and now runs two (5% fewer
// instructions, peak RSS 82 → 69 MB).
const maxBatchTokens = 1 << 14

// batchEnd returns the end of the batch of tokens that starts at first:
// the end of the first line that ends at a sentence's end past
// maxBatchTokens, or of the document. A quotation is paired within its
// batch only (pairQuotes), and news quotes several sentences inside a
// line: cut at a sentence's end alone, the batches had split such quotes
// and lost their SAYS. A text with no line break near the budget (up to
// maxBatchTokens further) is cut at the first sentence's end past it.
func batchEnd(doc *annotation.Document, first int) int {
	n := len(doc.Tokens)
	if n-first <= maxBatchTokens {
		return n
	}
	// The first sentence that ends past the budget ends the batch, or the
	// first one after it that ends a line.
	sents := doc.Sentences
	i := sort.Search(len(sents), func(i int) bool { return sents[i].Last > first+maxBatchTokens })
	if i == len(sents) {
		return n
	}
	for k := i; k < len(sents) && sents[k].Last <= first+2*maxBatchTokens; k++ {
		if endsLine(doc, sents[k].Last) {
			return sents[k].Last
		}
	}
	return max(sents[i].Last, first+1)
}

// widestBatch returns the number of tokens of doc's largest batch
// (batchEnd).
func widestBatch(doc *annotation.Document) int {
	widest := 0
	for first := 0; first < len(doc.Tokens); {
		last := batchEnd(doc, first)
		widest = max(widest, last-first)
		first = last
	}
	return widest
}

// endsLine reports whether a line break follows token end-1: in the text
// between it and the next token (lang.LineBreaks: LF, CRLF, CR, U+2028,
// a form feed or U+2029), or the text's end.
func endsLine(doc *annotation.Document, end int) bool {
	if end >= len(doc.Tokens) {
		return true
	}
	return lang.LineBreaks(doc.Text, &doc.Tokens[end-1], &doc.Tokens[end]) > 0
}

// extractBatch appends the relations stated in tokens [first, last).
func extractBatch(ctx context.Context, doc *annotation.Document, l lang.Language, p *Patterns, places Places, scratch *matcherBuffers,
	first, last int, rels []annotation.Relation, said *statedIndex) []annotation.Relation {
	units := buildUnits(doc, l, p, scratch, first, last)
	heads := resize(scratch.heads, len(units)) // empty (see matcherBuffers.heads)
	scratch.units, scratch.heads = units, heads
	m := &matcher{doc: doc, units: units, heads: heads, analyses: scratch.analyses, l: l, p: p, places: places, ents: scratch.ents, words: scratch.words}
	defer func() {
		scratch.ents, scratch.words = m.ents, m.words
		clear(heads)
	}()
	sentences, base := m.indexUnits(p.phrases, scratch)
	allUnits, entityUnits, quoteUnits, runs := m.startUnits(scratch)
	candidates := p.phrases.runSets(sentences, base, runs, scratch)
	scratch.begins, scratch.beginsOf = scratch.begins[:0], resize(scratch.beginsOf, len(runs))
	clear(scratch.beginsOf)
	// lastStart's memo, where it takes a few slots a unit at most (the
	// last run, which ends the others, is tried by no Pattern).
	scratch.lastLeads = scratch.lastLeads[:0]
	if slots := (len(runs) - 1) * m.leads.words * 64; slots <= maxLastLeadsPerUnit*len(units) {
		scratch.lastLeads = resize(scratch.lastLeads, slots)
		clear(scratch.lastLeads)
	}
	poll := ctxPoll{ctx: ctx}
	var st state
	// Plain loops over the bit sets, where iterators (runSets.patterns,
	// matching) made the loop's body a closure called for every run: its
	// small calls (ctxPoll.done, Pattern.anchorElem, leading) were then
	// left out of line: 3% of relation.Extract on English news.
	for pw, pset := range candidates.possible {
		for ; pset != 0; pset &= pset - 1 {
			pi := pw*64 + bits.TrailingZeros64(pset)
			pat := &p.Patterns[pi]
			need := p.phrases.need[pi]
			for rw := range candidates.runWords() {
				for rset := candidates.matching(need, rw); rset != 0; rset &= rset - 1 {
					if poll.done() {
						return rels
					}
					r := rw*64 + bits.TrailingZeros64(rset)
					run, next := &runs[r], &runs[r+1]
					last := m.lastStart(pat, r, run.units, next.units, scratch)
					if last < run.units {
						continue // a word the Pattern needs after its anchor is not in the run
					}
					var starts []int
					// Most Patterns can only start on an entity, a quote, a trigger word or a sentence's first unit.
					switch a := pat.anchorElem(); {
					case a == nil:
						starts = allUnits[run.units:next.units]
					case a.op == opEnt:
						starts = m.entitiesOf(a.types, entityUnits[run.ents:next.ents], scratch)
					case a.op == opQuote:
						starts = quoteUnits[run.quotes:next.quotes]
					case a.op == opWord:
						starts = m.leading(a.lead, run.units, next.units, scratch)
					case a.op == opSentStart:
						starts = allUnits[run.units : run.units+1]
					case a.op == opTitle && p.titleAheads[pi].reach > 0: // the few units before a required entity after it
						ents := entityUnits[run.ents:next.ents]
						starts = p.titleAheads[pi].starts(m, m.titleBegins(a, r, run.units, ents, scratch), ents, scratch)
					default:
						starts = allUnits[run.units:next.units]
					}
					for _, i := range starts {
						if i > last {
							break // the starts are in order: the rest lie past it too
						}
						if poll.done() {
							return rels
						}
						if m.matchAt(pat, i, &st) {
							rels = appendMatch(rels, said, doc, pat, m, &st)
						}
					}
				}
			}
		}
	}
	return rels
}

// ctxPoll tells, every ctxPollEvery calls of done, whether ctx is done:
// extractBatch calls it for every sentence and every start it tries (one
// sentence may be a whole batch), and ctx.Err, which may take a lock,
// would cost more than most tries.
type ctxPoll struct {
	ctx   context.Context
	calls int
}

const ctxPollEvery = 1024 // a power of two

func (c *ctxPoll) done() bool {
	c.calls++
	return c.calls&(ctxPollEvery-1) == 0 && c.ctx.Err() != nil
}

// matcherBuffers are a matcher's per-unit slices and memo, recycled
// across documents: an article's units take tens of kilobytes, whose
// allocation and collection took a good part of extractRelations.
type matcherBuffers struct {
	units []unit
	// heads is the titles' memo by unit, zero in the whole of its array
	// between batches: a batch clears what it used when it ends, where it
	// was cleared before each batch and again by recycle (the document's
	// strings), 64 bytes a unit twice.
	heads []headMemo
	// analyses is kept from document to document while they are in one
	// language (analyzer), and so is warm for the words that recur in news
	// (apostrophe suffixes, title words, trigger stems): emptying it for
	// every document left l.Analyze a tenth of relation.Extract on
	// Turkish news. Its keys are copies (see analyze), so that it holds
	// no document's text.
	analyses    analysisMemo
	suffixCases map[string]string // see suffixCase
	analyzer    lang.Language
	// Per-batch indexes: token → entity (buildUnits), the
	// units patterns start on (startUnits) and the phrase index's sets
	// (indexUnits). The sets grow with the units, which recycle bounds.
	entAt                             []int
	allStarts, entStarts, quoteStarts []int
	titleStarts, wordStarts, typed    []int // titleAhead.starts's, leading's, entitiesOf's
	quoteMarks                        []int // the units that are quote marks (buildUnits)
	runs                              []sentenceRun
	leads, sentenceSets, runSets      []uint64
	keysPresent, possible             []uint64 // phraseIndex.possible's
	ents                              []int    // the matcher's (see withEnt)
	words                             []string // the matcher's (see readTitleHeadFirst)
	said                              statedIndex
	// begins lists, run by run, the units where a title may begin, for
	// the runs that beginsOf marks known (see titleBegins).
	begins   []int
	beginsOf []beginsSpan
	// lastLeads holds, by run and lead, lastStart's memo of the last unit
	// of the run where the lead is set (0: not known yet); empty where it
	// would take more than maxLastLeadsPerUnit slots a unit.
	lastLeads []int32
	// rels gathers the relations, which are then copied out at their
	// number: growing the document's slice by appending made several
	// arrays of which the last was up to half unused.
	rels          []annotation.Relation
	sortedByFirst bool // the document's entities are in order of First
}

// maxLastLeadsPerUnit bounds lastStart's memo, a slot a run and lead, in
// slots a unit: news has a sentence every 20-25 units, and 64 or 128 leads
// (3-6 slots a unit), but a text of one-word sentences would have as many
// runs as units, and a memo (kept in the pool, cleared every batch) 128
// times their number.
const maxLastLeadsPerUnit = 16

// reserve makes room in b's per-token arrays (units, heads, entAt,
// allStarts) for a batch of n tokens. A long document's batches vary in
// size (a line past maxBatchTokens ends each), and sized batch by batch
// they were made again at each batch larger than those before: on 1.5 MB
// of Turkish as one document, twice: 5.4 MB allocated for 2.5 MB used;
// allStarts, appended to unit by unit, made a dozen arrays. heads stays
// zero in the whole of its array (a new one is), and allStarts keeps
// its elements (allStarts[i] is i).
func (b *matcherBuffers) reserve(n int) {
	b.units = slices.Grow(b.units[:0], n)
	b.heads = slices.Grow(b.heads[:0], n)
	b.entAt = slices.Grow(b.entAt[:0], n)
	b.allStarts = slices.Grow(b.allStarts, max(n-len(b.allStarts), 0))
}

// resize returns s with length n, reusing its array when it is large
// enough; the elements' values are left as they were.
func resize[T any](s []T, n int) []T { return slices.Grow(s[:0], n)[:n] }

var matcherScratch = sync.Pool{New: func() any { return new(matcherBuffers) }}

// maxPooledUnits bounds the buffers recycle keeps: a news article has a
// few thousand units, while a huge document's (3.5 million for 5 MB of
// random bytes) would otherwise stay in the pool, 400 MB, after it.
const maxPooledUnits = 1 << 16

// maxMemoWords bounds the words the analyses memo keeps between
// documents; past it, recycle lets the memo go.
const maxMemoWords = 1 << 13

// analyzeWith readies the analyses and suffix cases memos for language
// l: it keeps the memos of the documents before only when they were in
// the same language.
func (b *matcherBuffers) analyzeWith(l lang.Language) {
	if b.analyses == nil || !sameLanguage(b.analyzer, l) {
		b.analyses, b.suffixCases = analysisMemo{}, map[string]string{}
	}
	b.analyzer = l
}

// sameLanguage reports whether a and b are the same language value. ==
// panics on values of a type that cannot be compared (a Language may be
// any type), which are then never the same.
func sameLanguage(a, b lang.Language) (same bool) {
	defer func() { _ = recover() }()
	return a == b
}

// recycle returns b to matcherScratch, dropping the document's strings
// it references (the units' words, the relations; the titles' roles the
// batch has dropped),
// and the memos if they grew past maxMemoWords. Buffers grown past
// maxPooledUnits, or relations past maxPooledRelations, are let go
// instead.
func (b *matcherBuffers) recycle() {
	if cap(b.units) > maxPooledUnits || cap(b.heads) > maxPooledUnits || cap(b.allStarts) > maxPooledUnits ||
		cap(b.rels) > maxPooledRelations {
		return
	}
	clear(b.units)
	clear(b.rels)
	clear(b.words[:cap(b.words)])
	b.said.empty()
	if len(b.analyses) > maxMemoWords || len(b.suffixCases) > maxMemoWords {
		b.analyses, b.suffixCases = nil, nil
	}
	matcherScratch.Put(b)
}

// appendMatch adds the relations of one match (every subject with every
// object), skipping those that an earlier match already states.
func appendMatch(rels []annotation.Relation, said *statedIndex, doc *annotation.Document, pat *Pattern, m *matcher, st *state) []annotation.Relation {
	t := pat.Rel
	objs := st.obj
	if len(objs) == 0 {
		objs = []int{-1}
	}
	before := len(rels)
	for _, s := range st.subj {
		for _, o := range objs {
			r := annotation.Relation{Type: t, Subject: s, Object: o, Start: m.units[st.first].start, End: m.units[st.last].end}
			if t == annotation.Role || t == annotation.MemberOf {
				r.Role = st.role // not the title a speaker or a visitor is named with
			}
			if t == annotation.Says {
				r.QuoteStart, r.QuoteEnd = st.qs, st.qe
			}
			if sameReferent(doc, s, o) || said.stated(r) || !placesAgree(m.places, doc, pat, s, o) {
				continue
			}
			rels = append(rels, r)
		}
	}
	for _, r := range rels[before:] {
		said.add(r)
	}
	return rels
}

func sameReferent(doc *annotation.Document, s, o int) bool {
	if o < 0 {
		return false
	}
	a, b := doc.Entities[s], doc.Entities[o]
	return s == o || (a.ID != "" && a.ID == b.ID)
}
