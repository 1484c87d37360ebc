package link

// Grouping: which mentions of a document refer to the same thing (see
// Link for the rules); assign.go gives each group its ID.

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/lang"
)

// linkIdentical links the mentions of one type whose names key alike,
// and an all-capital mention (a dateline: ANKARA) to the one group of
// another type whose names key as its own.
func (lk *linker) linkIdentical() {
	ents := lk.doc.Entities
	var datelines []int
	lk.typed.reset(len(ents))
	for i := range ents {
		if lk.stop.Done() {
			return
		}
		if first := lk.typed.add(i, lk.key(i), ents[i].Type); first != i {
			lk.union(first, i)
		}
		if lk.caps[i] && retypable(&ents[i]) {
			datelines = append(datelines, i)
		}
	}
	lk.linkCapitalVariants()
	if len(datelines) == 0 {
		return
	}
	// All-capital mentions (datelines) join the single other-typed group
	// with their name. byKey lists the mentions not in capitals under the
	// datelines' keys only: most mentions share no key with one.
	byKey := make(map[string][]int, len(datelines))
	for _, i := range datelines {
		byKey[lk.key(i)] = nil
	}
	for i := range ents {
		if lk.stop.Done() {
			return
		}
		if js, ok := byKey[lk.key(i)]; ok && !lk.caps[i] {
			byKey[lk.key(i)] = append(js, i)
		}
	}
	for _, i := range datelines {
		only := -1
		for _, j := range byKey[lk.key(i)] {
			if ents[j].Type == ents[i].Type {
				continue
			}
			if only >= 0 && lk.find(only) != lk.find(j) {
				only = -2
				break
			}
			only = j
		}
		if only >= 0 {
			lk.union(only, i)
		}
	}
}

// linkCapitalVariants links a mention written in capitals whose folding
// the language cannot be sure of (lang.CapitalFolds: Turkish LUCA MODRIC,
// folded luca modrıc) to the mentions of its type written in small letters
// under the other reading (Luca Modric), where only those have it: a name
// in capitals with no such other mention keys as folded (CEM YILMAZ, as
// Cem Yılmaz does).
func (lk *linker) linkCapitalVariants() {
	cf, ok := lk.l.(lang.CapitalFolds)
	if !ok {
		return
	}
	ents := lk.doc.Entities
	for i := range ents {
		if !lk.caps[i] {
			continue
		}
		v := cf.CapitalFoldVariant(lk.key(i))
		if v == "" {
			continue
		}
		if first, _ := lk.typed.ofKey(v, ents[i].Type); first >= 0 && !lk.caps[first] {
			lk.union(first, i)
		}
	}
}

// linkShortNames links a mention to the one longer PERSON name whose words
// contain its words in order. In a language whose names inflect
// (lang.InflectedNames), words match when some stem of each agrees
// (nameStems): a surname alone stands in whatever case its sentence needs,
// the full name in another (Симс, Джеррарду, Полтера for Уэйда Симса,
// Стивен Джеррард, Иана Полтера), where English and Turkish repeat the
// same word; such a match takes one word at the name's edge, as for a
// mention typed otherwise (see edgeWord), or the first word of a name the
// gazetteer knows.
func (lk *linker) linkShortNames() {
	ents := lk.doc.Entities
	stems := lk.nameStems()
	byWord := &lk.names.byWord // word, or a stem of it → PERSON mentions of two words or more with it
	byWord.reset()
	// One mention stands for all with the same words and gazetteer ID:
	// linkIdentical has grouped them, so the others add nothing but work
	// (a name repeated ten thousand times made this quadratic).
	type nameID struct{ key, id string }
	seen := map[nameID]bool{}
	for i := range ents {
		if lk.stop.Done() {
			return
		}
		if ents[i].Type != annotation.Person || len(lk.words[i]) < 2 {
			continue
		}
		if k := (nameID{lk.key(i), ents[i].ID}); seen[k] {
			continue
		} else {
			seen[k] = true
		}
		for k := range lk.words[i] {
			for _, s := range stems.of(lk.words[i], k) {
				byWord.add(s, i)
			}
		}
	}
	if stems != nil {
		lk.linkInflectedNames(stems, byWord)
	}
	// Longest first, so intermediate forms are grouped before shorter ones.
	lk.longest = longestFirst(lk.words[:len(ents)], lk.longest)
	for _, i := range lk.longest {
		if lk.stop.Done() {
			return
		}
		e := &ents[i]
		if len(lk.words[i]) == 0 {
			continue // no word to match (a mention of punctuation alone)
		}
		if e.Type != annotation.Person && (!retypable(e) || len(lk.words[i]) != 1 || lk.typed.count(i, e.Type) > max(1, lk.typed.count(i, annotation.Person)) ||
			e.Type == annotation.Location && lk.afterPlaceWord(e)) {
			// A name tagged alike more than once, and more often than as
			// a person, is not retyped; nor is a place after a word that
			// makes it one (In Thornbury, the river rose: the town, in a
			// story that names Councillor Mark Thornbury too).
			continue
		}
		// A mention the tagger typed otherwise matches only as written
		// or as the bare stem of the person's word (Халкетт, typed a
		// place, for Крейгу Халкетту): a case ending does not make a
		// place or a firm a person's surname (Бранта, the town, and
		// Эмили Брант).
		lookup, match := stems.of(lk.words[i], 0), stems.same
		if e.Type != annotation.Person {
			lookup, match = lk.words[i][:1], stems.bare
		}
		cand, rival, edge := -1, -1, -1 // edge: the candidate whose last word the one word is
		for _, s := range lookup {
			for j := range byWord.of(s) {
				if len(lk.words[j]) <= len(lk.words[i]) || !subsequence(lk.words[i], lk.words[j], match) ||
					!sameSurname(lk.words[i], lk.words[j], match) && !patronymicForm(lk.words[i], lk.words[j], match, lk.l) {
					continue
				}
				// Where only the morphology matches a person's words
				// with the name's, the match is as strict as for a
				// mention typed otherwise: one word, the name's edge
				// (Македонию is not Македонии of Македонии Зоран Заев),
				// or the first word of a name the gazetteer knows, which
				// holds no stray word before it (Кима of Ким Чен Ыном),
				// or of an East Asian name (see syllableName); or a
				// Russian name without its patronymic or its surname
				// (see patronymicForm).
				// Another person's name that starts with the word is then
				// a rival all the same: Кима of a story about Ким Ён Чхоль
				// and Ким Чен Ын is either.
				if (e.Type != annotation.Person || stems != nil && !subsequence(lk.words[i], lk.words[j], sameWord)) &&
					(len(lk.words[i]) != 1 || !edgeWord(lk.words[i], lk.words[j], match) &&
						!(e.Type == annotation.Person && (lk.id[lk.find(j)] != "" || syllableName(lk.words[j], stems)) && match(lk.words[i][0], lk.words[j][0]))) &&
					!(e.Type == annotation.Person && patronymicForm(lk.words[i], lk.words[j], match, lk.l)) {
					if e.Type == annotation.Person && len(lk.words[i]) == 1 && ents[j].Type == annotation.Person && match(lk.words[i][0], lk.words[j][0]) {
						rival = j
					}
					continue
				}
				if lk.genderClash(i, j, stems) {
					continue
				}
				if len(lk.words[i]) == 1 && match(lk.words[i][0], lk.words[j][len(lk.words[j])-1]) {
					if edge >= 0 && lk.find(edge) != lk.find(j) {
						edge = -2
					} else if edge != -2 {
						edge = j
					}
				}
				if cand >= 0 && lk.find(cand) != lk.find(j) {
					cand = -2
					continue
				}
				if cand != -2 {
					cand = j
				}
			}
		}
		// A word that ends one candidate and stands inside the others is
		// the first's surname (English of Johnny English, not of Johnny
		// English Reborn). Not a word that opens one: a given name alone
		// (Friedrich, of Friedrich Schlegel and of Friedrich Wilhelm Graf)
		// is as often another's of that name (Friedrich the Great).
		if cand == -2 && edge >= 0 {
			cand = edge
		}
		if cand >= 0 && (rival < 0 || lk.find(rival) == lk.find(cand)) {
			lk.union(cand, i)
		}
	}
}

// groups returns the groups of mentions, each in text order, in the order
// of their first mentions: sub-slices of one array, which the linker's
// next call of groups reuses.
func (lk *linker) groups() [][]int {
	n := len(lk.doc.Entities)
	lk.groupInts = resize(lk.groupInts, 4*n)
	// By mention, its group's root; by root, its group's size, and one
	// past the place of its next member (0 until its first is placed);
	// the members, group by group.
	ints := lk.groupInts
	root, size, next, members := ints[:n], ints[n:2*n], ints[2*n:3*n], ints[3*n:]
	groupCount := 0
	for i := range n {
		root[i] = lk.find(i)
		if size[root[i]] == 0 {
			groupCount++
		}
		size[root[i]]++
	}
	groups := slices.Grow(lk.groupList[:0], groupCount)
	at := 0
	for i := range n {
		r := root[i]
		if next[r] == 0 { // the group's first mention
			groups = append(groups, members[at:at+size[r]])
			next[r] = at + 1
			at += size[r]
		}
		members[next[r]-1] = i
		next[r]++
	}
	lk.groupList = groups
	return groups
}

// allRetypable reports whether linking may change the type of every
// mention of a group (see retypable).
func (lk *linker) allRetypable(members []int) bool {
	for _, i := range members {
		if !retypable(&lk.doc.Entities[i]) {
			return false
		}
	}
	return true
}

// retypable reports whether linking may change e's type: the tagger alone
// typed it, no gazetteer entry did.
func retypable(e *annotation.Entity) bool { return !strings.Contains(e.Source, "gazetteer") }

// allCaps reports whether s has at least two letters and no lower-case one.
func allCaps(s string) bool {
	letters := 0
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if c, ok := lang.TwoByteRuneAt(s, i); ok { // inlined: no call for a Cyrillic letter
			r, size = c, 2
		} else if r >= utf8.RuneSelf {
			r, size = lang.DecodeRune(s[i:])
		}
		i += size
		if lang.IsLower(r) {
			return false
		}
		if lang.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// subsequence reports whether short's words occur in long in order,
// a word of short matching one of long as match tells.
func subsequence(short, long []string, match func(short, long string) bool) bool {
	k := 0
	for _, w := range long {
		if k < len(short) && match(short[k], w) {
			k++
		}
	}
	return k == len(short)
}

// sameSurname reports whether a short name of more than one word ends in
// the word long ends in, where long ends in a word of a name: a name of
// two words and more holds the surname, and one that names the first
// words of another leaves out its surname or is another name altogether
// (Johnny English, the character, and Johnny English Reborn, the film the
// tagger read as a person, whose ID keys its last two words). A word of
// one or two letters or of capitals alone closing long (an initial, Jr.,
// III) holds no surname, and is passed over. A name of one word is left to
// the other rules (edgeWord: Li of Li Qiang).
func sameSurname(short, long []string, match func(short, long string) bool) bool {
	if len(short) < 2 {
		return true
	}
	last := long[len(long)-1]
	if letters(last) <= 2 || allCaps(last) {
		return true
	}
	return match(short[len(short)-1], last)
}

// letters returns the number of letters in w.
func letters(w string) int {
	n := 0
	for _, r := range w {
		if lang.IsLetter(r) {
			n++
		}
	}
	return n
}

// sameWord reports whether two words are equal.
func sameWord(a, b string) bool { return a == b }

// edgeWord reports whether the one word of short is long's last, or its
// first when long has no more words than a person's name ID keeps
// (maxPersonKeyWords: Li of Li Qiang). The first of more words is most
// often a role, an origin or a place the tagger took into the name
// (Македонии of Македонии Зоран Заев), which a mention the tagger typed
// otherwise names: it keeps its type and its own ID. Crosslingual dev
// 717 → 718 (Македонии, now name:mkdn as Makedonya and Macedonia).
func edgeWord(short, long []string, match func(short, long string) bool) bool {
	return match(short[0], long[len(long)-1]) || len(long) <= maxPersonKeyWords && match(short[0], long[0])
}

// maxPersonKeyWords is the number of a person's last words that make the
// name ID: the given name and the surname. Words before them are most
// often a role, an origin or a place the language's cues do not know
// (PM Zoran Zaev, Македонии Зоран Заев, Госсекретарь США Майк Помпео), and
// languages differ in whether they write a middle name or a second
// surname.
const maxPersonKeyWords = 2

// personKeyWords returns the last words of a person's name that make its
// name ID: from its last maxPersonKeyWords words that are not an initial
// (George W. Bush keeps george), the parts of a hyphenated word counted as
// words (nameWords: one language's tokens split them where another's do
// not) but for a two-syllable given name before the surname (see
// syllableGivenNames).
func personKeyWords(words []string) []string {
	words = syllableGivenNames(words)
	n := 0
	for k := len(words) - 1; k >= 0; k-- {
		if !isInitial(words[k]) {
			if n++; n == maxPersonKeyWords {
				return words[k:]
			}
		}
	}
	return words
}

// withoutPatronymics returns a person's words without the patronymics
// (lang.Patronymics) between its first and last words: Russian news names
// a Russian person by given name, patronymic and surname (Борис Николаевич
// Ельцин), other languages' news and Russian's own shorter mentions by
// given name and surname (Boris Yeltsin, Бориса Ельцина), and the ID's
// last two words were the patronymic and the surname (name:lsn-nklvk, not
// name:brs-lsn). Words a name of two words has are all kept (Роман
// Абрамович: a surname in -ович). On FactRuEval dev's coreference chains
// (gold PERSON spans linked a document at a time), pairs of one chain's
// mentions sharing an ID 776 → 778 of 920, and with patronymicForm 832;
// pairs of different chains sharing one 8 of 3,877 unchanged; NTREX dev
// has no patronymic (crosslingual unchanged), nor has the gazetteer's
// Russian names.
func withoutPatronymics(words []string, l lang.Language) []string {
	p, ok := l.(lang.Patronymics)
	if !ok || len(words) < 3 {
		return words
	}
	var out []string // nil until a word is left out
	for k, w := range words {
		if k > 0 && k < len(words)-1 && p.Patronymic(w) {
			if out == nil {
				out = append(make([]string, 0, len(words)-1), words[:k]...)
			}
			continue
		}
		if out != nil {
			out = append(out, w)
		}
	}
	if out == nil {
		return words
	}
	return out
}

// patronymicForm reports whether short, a person's name of two words, is
// long, one of three whose middle word is a patronymic (lang.Patronymics),
// without its patronymic or without its surname, each word matching as
// match tells: Бориса Ельцина and Борис Николаевич of Борис Николаевич
// Ельцин; a name that differs in its patronymic is another person's
// (Анна Ивановна, Анна Петровна Смирнова). Such a form matches through the
// morphology as a name of one word at its edge does (see linkShortNames),
// where a name of two words matched only when written as the longer one
// writes its words, and the surname alone then joins the group; see
// withoutPatronymics for the figures.
func patronymicForm(short, long []string, match func(short, long string) bool, l lang.Language) bool {
	p, ok := l.(lang.Patronymics)
	if !ok || len(short) != 2 || len(long) != 3 || !p.Patronymic(long[1]) || !match(short[0], long[0]) {
		return false
	}
	return match(short[1], long[2]) || match(short[1], long[1])
}

// syllableGivenNames returns a person's words split at hyphens
// (nameWords), but for a name of two words whose first is a given name of
// two syllables joined by a hyphen (Kai-Fu Lee, Jean-Luc Picard): that
// word stays one, its parts joined. A Chinese given name written so in the
// Latin script is one word in Russian (Kai-Fu Lee, Ли Кайфу; pinyin
// joins the syllables too), and split, its first syllable fell out of
// the key's last two words (name:f-l, not Russian's name:kf-l); a
// French or a German one keeps its hyphen in Russian (Jean-Luc, Жан-Люк),
// keyed alike either way. Not a surname-first name (Kim Min-seok, Tsai
// Ing-wen): Russian spaces a Korean given name's syllables (Ким Мин Сок),
// which the key's last two words keep as they keep the Latin parts.
// Crosslingual dev 837 → 838 per line, by article 876 → 885 (the lone
// Lee of eight later lines), gold mentions 961 → 962; no false merge
// added; the gazetteer's persons keyed by these words agree as before
// (2,495 of 2,719).
func syllableGivenNames(words []string) []string {
	if len(words) == 2 && !strings.Contains(words[1], "-") {
		if a, b, ok := strings.Cut(words[0], "-"); ok && oneSyllable(a) && oneSyllable(b) {
			return []string{a + b, words[1]}
		}
	}
	return nameWords(words)
}

// syllableName reports whether words, a person's name, are three words
// each of one syllable in some form (see oneSyllable; a word or one of its
// stems: Муном Чжэ Ином): an East Asian name, surname first, with its given
// name's syllables apart, as Russian writes a Korean or a Vietnamese one
// (Мун Чжэ Ин, Moon Jae-in; Ким Чен Ын), whose first word is its surname,
// not the role or the place that a first word of three most often is
// (Македонии Зоран Заев). So a lone surname in another case (Муна)
// joins such a name as it joins a name the gazetteer knows (Кима of Ким
// Чен Ыном), another person's name with the same first word a rival all
// the same. Of WikiNER-ru's 746 three-word PER spans, the 30 of such words
// are Korean, Chinese and Vietnamese names, names with a particle (Шарль де
// Голль, Васку да Гама), and initials. Crosslingual dev by article 885 →
// 886, gold mentions by article 958 → 959 (Moon, Муна, after Муном Чжэ
// Ином); per line, -doc 10 and gold mentions unchanged; no false merge
// added.
func syllableName(words []string, stems wordStems) bool {
	if len(words) != 3 {
		return false
	}
	for k := range words {
		if !slices.ContainsFunc(stems.of(words, k), oneSyllable) {
			return false
		}
	}
	return true
}

// oneSyllable reports whether a folded word has one group of vowel
// letters (see syllableVowel): Kai, Fu, Luc, not Aimé.
func oneSyllable(w string) bool {
	groups, in := 0, false
	for _, r := range w {
		v := syllableVowel(r)
		if v && !in {
			groups++
		}
		in = v
	}
	return groups == 1
}

// syllableVowel reports whether r is a Latin vowel letter (y counted),
// with or without marks, or a Cyrillic one.
func syllableVowel(r rune) bool {
	if r >= 0x80 && !strings.ContainsRune("аеёиоуыэюя", r) {
		if d := norm.NFD.String(string(r)); d != "" {
			r, _ = utf8.DecodeRuneInString(d)
		}
	}
	return strings.ContainsRune("aeiouyаеёиоуыэюя", r)
}

// isInitial reports whether w is one letter, with or without a period.
func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return lang.IsLetter(r) && (size == len(w) || w[size:] == ".")
}

// afterPlaceWord reports whether the word before mention e makes it a
// place (lang.ClubNames.PlaceBefore: in, near, across).
func (lk *linker) afterPlaceWord(e *annotation.Entity) bool {
	cn, ok := lk.l.(lang.ClubNames)
	if !ok || e.First < 1 || e.First > len(lk.doc.Tokens) {
		return false
	}
	return cn.PlaceBefore(lang.FoldToken(&lk.doc.Tokens[e.First-1], lk.l))
}

// genderClash reports whether the surname alone of mention i has a form
// of one gender and the full name of mention j is of the other
// (lang.NameGenders: the father Касаткин and Дарья Касаткина). The
// gender of a full name is its surname form's, else its given name's. A
// form either gender has (Иванова: his genitive, her nominative) is the
// woman's where the document gives her surname alone in a form only a
// woman's takes (Ивановой) and the full name is a man's (Сергей Иванов):
// the story then names a wife or a daughter. A surname written the same
// in both (a foreign one, which does not change for a woman: Кэтрин
// Мартин and Мартин) never clashes.
func (lk *linker) genderClash(i, j int, stems wordStems) bool {
	ng, ok := lk.l.(lang.NameGenders)
	short, full := lk.words[i], lk.words[j]
	if !ok || len(short) != 1 || len(full) < 2 || short[0] == full[len(full)-1] {
		return false
	}
	fg := ng.SurnameGender(full[len(full)-1])
	if fg == lang.UnknownGender {
		fg = ng.GivenNameGender(full[0])
	}
	if fg == lang.UnknownGender {
		return false
	}
	g := ng.SurnameGender(short[0])
	if g == lang.UnknownGender && fg == lang.Masculine && lk.womanAlone(ng, short[0], stems) {
		g = lang.Feminine
	}
	return g != lang.UnknownGender && g != fg
}

// womanAlone reports whether a PERSON mention of the document is a
// surname alone in a form only a woman's takes, of the same name as word.
// Those forms are gathered once a document.
func (lk *linker) womanAlone(ng lang.NameGenders, word string, stems wordStems) bool {
	if lk.womenAlone == nil {
		lk.womenAlone = []string{}
		for k := range lk.doc.Entities {
			if w := lk.words[k]; lk.doc.Entities[k].Type == annotation.Person && len(w) == 1 && ng.SurnameGender(w[0]) == lang.Feminine {
				lk.womenAlone = append(lk.womenAlone, w[0])
			}
		}
	}
	for _, w := range lk.womenAlone {
		if w != word && stems.same(w, word) {
			return true
		}
	}
	return false
}

// longestFirst returns the indexes of words, the words of each mention,
// those of the most words first and in their order among as many words:
// a stable sort by descending length, made as a counting sort, since
// lengths are a few small numbers (a stable sort's comparisons cost 7.6M
// instructions on the 15,575 mentions of 1.5 MB of Turkish as one
// document). The result is in order's array when it has room.
func longestFirst(words [][]string, order []int) []int {
	most := 0
	for _, w := range words {
		most = max(most, len(w))
	}
	// next[most-n] is where the next mention of n words goes; names have
	// a few words, whose counts fit in small, on the stack.
	var small [16]int
	next := small[:]
	if most >= len(small) {
		next = make([]int, most+1)
	}
	next = next[:most+1]
	for _, w := range words {
		if r := most - len(w); r < most {
			next[r+1]++
		}
	}
	for r := 1; r <= most; r++ {
		next[r] += next[r-1]
	}
	order = resize(order, len(words))
	for i, w := range words {
		r := most - len(w)
		order[next[r]] = i
		next[r]++
	}
	return order
}
