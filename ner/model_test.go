package ner

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"
	"math"
	"os"
	"runtime"
	"strings"
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"
	"github.com/varlik/varlik/conll"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/tr"
)

// tokens builds tokens as if the words were joined by single spaces.
func tokens(words ...string) []lang.Token {
	s, _ := conll.Read(strings.NewReader(strings.Join(words, "\n")+"\n"), conll.Options{})
	return s[0].Tokens
}

func TestModelRoundTrip(t *testing.T) {
	m, err := tinyModel()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	n, err := m.WriteTo(&buf)
	if err != nil || n != int64(buf.Len()) {
		t.Fatalf("WriteTo = %d, %v; wrote %d bytes", n, err, buf.Len())
	}
	m2, err := LoadModel(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if m2.Lang() != "tr" {
		t.Errorf("language %q, want tr", m2.Lang())
	}
	if m2.fs.morph != m.fs.morph || m2.fs.gaz != m.fs.gaz || m2.fs.verb != m.fs.verb {
		t.Errorf("feature flags morph %v gaz %v verb %v, want %v %v %v",
			m2.fs.morph, m2.fs.gaz, m2.fs.verb, m.fs.morph, m.fs.gaz, m.fs.verb)
	}
	toks := tokens("Sayın", "Hande", "Aydın", "dün", "Konya", "'da", "Marmara", "Bankası", "ile", "görüştü", ".")
	if d := cmp.Diff(m.Tag(toks, nil, nil), m2.Tag(toks, nil, nil)); d != "" {
		t.Errorf("loaded model tags differently (-written +loaded):\n%s", d)
	}
}

func TestLoadModelErrors(t *testing.T) {
	m, err := tinyModel()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	wrongVersion := append([]byte(modelMagic), modelVersion+1)
	// The flags byte follows the feature version, the language, the
	// provenance and the labels, each with a one-byte length or number here.
	flagsAt := len(modelMagic) + 1 + 1 + 1 + len(m.Lang()) + 1 + len(m.Provenance()) + 1
	for _, l := range labelNames {
		flagsAt += 1 + len(l)
	}
	unknownFlags := bytes.Clone(good)
	unknownFlags[flagsAt] |= 0x80
	flipped := bytes.Clone(good)
	flipped[len(flipped)/2] ^= 1
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrNotModel},
		{"wrong magic", []byte("GIF89a...."), ErrNotModel},
		{"magic only", []byte(modelMagic), ErrTruncated},
		{"wrong version", append(wrongVersion, good[len(wrongVersion):]...), ErrModelVersion},
		{"unknown feature flags", withChecksum(unknownFlags), ErrModelVersion},
		{"header only", good[:len(modelMagic)+1], ErrTruncated},
		{"cut in the middle", good[:len(good)/2], ErrChecksum},
		{"cut in the middle, checksum mended", withChecksum(good[:len(good)/2]), ErrTruncated},
		{"last byte missing", good[:len(good)-1], ErrChecksum},
		{"one bit flipped", flipped, ErrChecksum},
		{"unknown feature flags, checksum not mended", unknownFlags, ErrChecksum},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadModel(bytes.NewReader(tt.data))
			if !errors.Is(err, tt.want) {
				t.Errorf("error %v, want %v", err, tt.want)
			}
		})
	}
}

func TestTagEdgeCases(t *testing.T) {
	m, err := tinyModel()
	if err != nil {
		t.Fatal(err)
	}
	if spans := m.Tag(nil, nil, nil); spans != nil {
		t.Errorf("no tokens: %v", spans)
	}
	odd := tokens("\xff\xfe", "\x00", "Ankara", "'da", "'da", strings.Repeat("ş", 5000))
	for _, sp := range m.Tag(odd, nil, nil) {
		if odd[sp.First].Kind == lang.Suffix || odd[sp.Last-1].Kind == lang.Suffix {
			t.Errorf("span %+v starts or ends on a suffix", sp)
		}
	}
}

// TestTagSplitsNames checks that an opening bracket ends a name (the name
// and the acronym or alias in brackets after it are two mentions), and so
// does a comma between places.
func TestTagSplitsNames(t *testing.T) {
	m, err := shippedModel("tr")
	if err != nil {
		t.Fatal(err)
	}
	l := tr.Turkish{}
	tests := []struct{ text, first, second string }{
		{"Kürdistan Demokrat Partisi (KDP) lideri Mesut Barzani açıklama yaptı.", "Kürdistan Demokrat Partisi", "KDP"},
		{"Almanya'da Sosyal Demokrat Parti (SPD) seçimi kazandı.", "Sosyal Demokrat Parti", "SPD"},
		{"Birmingham, Birleşik Krallık'ta doğdu.", "Birmingham", "Birleşik Krallık"},
		{"Ressam 1962'de Lyon, Fransa'da doğdu.", "Lyon", "Fransa"},
		{"Şirketin merkezi Graz, Avusturya'dadır.", "Graz", "Avusturya"},
		{"Porto, Portekiz'de yaşıyor.", "Porto", "Portekiz"},
	}
	for _, tt := range tests {
		toks := l.Tokenize(tt.text)
		found := map[string]bool{}
		for _, sp := range m.Tag(toks, l, gazetteer.Default()) {
			text := tt.text[toks[sp.First].Start:toks[sp.Last-1].End]
			if strings.ContainsAny(text, "([,") {
				t.Errorf("%q: span %q holds a bracket or comma", tt.text, text)
			}
			found[text] = true
		}
		for _, want := range []string{tt.first, tt.second} {
			if !found[want] {
				t.Errorf("%q: %q not found (got %v)", tt.text, want, found)
			}
		}
	}
}

func TestTrimTitles(t *testing.T) {
	title := func(w string) tokenAttrs {
		return tokenAttrs{trig: lang.PersonTitle, norm: hashString(w), titleInName: tr.Turkish{}.TitleInName(w)}
	}
	role := func(w string) tokenAttrs { return tokenAttrs{trig: lang.PersonRole, norm: hashString(w)} }
	name := func(w string) tokenAttrs { return tokenAttrs{norm: hashString(w)} }
	tests := []struct {
		name        string
		attrs       []tokenAttrs
		first, last int
	}{
		{"leading honorific (Sayın Süleyman Demirel)", []tokenAttrs{title("sayın"), name("süleyman"), name("demirel")}, 1, 3},
		{"leading role (Başbakan Mesut Yılmaz)", []tokenAttrs{role("başbakan"), name("mesut"), name("yılmaz")}, 1, 3},
		{"trailing Bey (Mesut Bey)", []tokenAttrs{name("mesut"), title("bey")}, 0, 1},
		{"trailing Paşa stays (Enver Paşa)", []tokenAttrs{name("enver"), title("paşa")}, 0, 2},
		{"only titles stay", []tokenAttrs{title("sayın"), title("bey")}, 0, 2},
	}
	for _, tt := range tests {
		f, l := trimTitles(tt.attrs, 0, len(tt.attrs))
		if f != tt.first || l != tt.last {
			t.Errorf("%s: [%d, %d), want [%d, %d)", tt.name, f, l, tt.first, tt.last)
		}
	}
}

// TestLoadModelBoundsAllocation: a short file that declares a huge table
// fails without allocating the table (a 3.7 KB file once made the loader
// allocate 1.66 GB), and non-finite numbers are rejected.
func TestLoadModelBoundsAllocation(t *testing.T) {
	m, err := tinyModel()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	// The lexicon table's size follows the fixed header: declare a huge
	// table there and give it a few kilobytes of data.
	bad := append(bytes.Clone(good[:headerLen(t, good)]), binary.AppendUvarint(nil, 1<<26-1)...)
	bad = withChecksum(append(bad, make([]byte, 3700-len(bad)%3700-4)...))
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err = LoadModel(bytes.NewReader(bad))
	runtime.ReadMemStats(&after)
	if !errors.Is(err, ErrTruncated) {
		t.Errorf("error %v, want ErrTruncated", err)
	}
	if grown := after.TotalAlloc - before.TotalAlloc; grown > 64<<20 {
		t.Errorf("loading a %d-byte file allocated %d bytes", len(bad), grown)
	}
	// The same from a reader that does not tell its size.
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err = LoadModel(io.MultiReader(bytes.NewReader(bad)))
	runtime.ReadMemStats(&after)
	if !errors.Is(err, ErrTruncated) {
		t.Errorf("unsized reader: error %v, want ErrTruncated", err)
	}
	if grown := after.TotalAlloc - before.TotalAlloc; grown > 64<<20 {
		t.Errorf("loading a %d-byte file from an unsized reader allocated %d bytes", len(bad), grown)
	}
	if m2, err := LoadModel(io.MultiReader(bytes.NewReader(good))); err != nil || m2.Lang() != m.Lang() {
		t.Errorf("a good model from an unsized reader: %v", err)
	}

	nan := bytes.Clone(good)
	binary.LittleEndian.PutUint32(nan[headerLen(t, good)-4-4*numCls*(numLabels+1)*numLabels-4:], math.Float32bits(float32(math.NaN())))
	if _, err := LoadModel(bytes.NewReader(withChecksum(nan))); err == nil {
		t.Error("a NaN scale or temperature was accepted")
	}
}

// withChecksum returns model with its CRC-32C trailer replaced by the
// checksum of what precedes it (or, when shorter than a trailer, appended),
// so that a test reaches the structure behind the checksum.
func withChecksum(model []byte) []byte {
	body := model
	if len(body) >= len(modelMagic)+1+4 {
		body = body[:len(body)-4]
	}
	return binary.LittleEndian.AppendUint32(bytes.Clone(body), crc32.Checksum(body, castagnoli()))
}

// headerLen returns the offset of the lexicon table's size in a model file
// written by WriteTo: everything before it has a fixed layout.
func headerLen(t testing.TB, model []byte) int {
	t.Helper()
	r := bytes.NewReader(model[len(modelMagic)+1:])
	readU := func() uint64 {
		v, err := binary.ReadUvarint(r)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	skipS := func() { r.Seek(int64(readU()), io.SeekCurrent) }
	readU() // feature version
	skipS() // language
	skipS() // provenance
	n := int(readU())
	for range n {
		skipS()
	}
	r.Seek(1+4+4+int64(4*numCls*(numLabels+1)*numLabels), io.SeekCurrent) // flags, scale, temperature, transitions
	return len(model) - r.Len()
}

// shippedTurkish reads the shipped Turkish model's file and decodes it
// in place (the package cannot import the model's data package, which
// imports it).
func shippedTurkish(t *testing.T) ([]byte, *Model) {
	t.Helper()
	data, err := os.ReadFile("models/trmodel/tr.model")
	if err != nil {
		t.Fatal(err)
	}
	m, err := decodeModel(data, true)
	if err != nil {
		t.Fatal(err)
	}
	return data, m
}

// TestModelInPlace checks that a model held in memory is used where it
// lies: its tables are views of the bytes, and decoding allocates next to
// nothing (on little-endian machines; elsewhere the tables are decoded).
func TestModelInPlace(t *testing.T) {
	data, m := shippedTurkish(t)
	if !littleEndian {
		t.Skip("big-endian machine: tables are decoded")
	}
	inData := func(p unsafe.Pointer) bool {
		lo := uintptr(unsafe.Pointer(unsafe.SliceData(data)))
		return uintptr(p) >= lo && uintptr(p) < lo+uintptr(len(data))
	}
	if !inData(unsafe.Pointer(unsafe.SliceData(m.table.slots))) || !inData(unsafe.Pointer(unsafe.SliceData(m.table.tags))) ||
		!inData(unsafe.Pointer(unsafe.SliceData(m.fs.lex.slots))) {
		t.Error("the tables were copied, not used in place")
	}
	allocs := testing.AllocsPerRun(5, func() { decodeModel(data, false) })
	if allocs > 20 {
		t.Errorf("decoding in place made %.0f allocations", allocs)
	}
}

func TestModelRoundTripLowerSentences(t *testing.T) {
	// The lower-case sentences' flag is stored: a model trained with it
	// must mark those sentences when it tags, or its weights are unused.
	m, err := tinyModel()
	if err != nil {
		t.Fatal(err)
	}
	for _, lower := range []bool{false, true} {
		m.fs.lower = lower
		var buf bytes.Buffer
		if _, err := m.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		m2, err := LoadModel(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if m2.fs.lower != lower {
			t.Errorf("lower-case sentences flag %v, want %v", m2.fs.lower, lower)
		}
	}
}
