package entity_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/varlik/varlik/entity"
)

func seedArticle(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("../testdata/xinhua_hangzhou_tr.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func newExtractor(t testing.TB, opts ...entity.Option) *entity.Extractor {
	t.Helper()
	x, err := entity.New(opts...)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// extractChecked runs a new Extractor for language code on text and
// checks the offset invariant on the result (checkOffsets).
func extractChecked(t *testing.T, code, text string) *entity.Document {
	t.Helper()
	doc, err := newExtractor(t, entity.WithLanguage(code)).Extract(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	checkOffsets(t, text, doc)
	return doc
}

// checkHolds fails t for each mention of want, "TYPE text", that doc does
// not hold.
func checkHolds(t *testing.T, doc *entity.Document, want []string) {
	t.Helper()
	have := map[string]bool{}
	for _, e := range doc.Entities {
		have[string(e.Type)+" "+e.Text] = true
	}
	for _, w := range want {
		if !have[w] {
			t.Errorf("%.60q: no %s among %v", doc.Text, w, have)
		}
	}
}

// typedMentions returns doc's mentions as "TYPE text", after checking the
// offset invariant on the whole document (checkOffsets).
func typedMentions(t *testing.T, doc *entity.Document) []string {
	t.Helper()
	checkOffsets(t, doc.Text, doc)
	var out []string
	for _, e := range doc.Entities {
		out = append(out, string(e.Type)+" "+e.Text)
	}
	return out
}

// checkOffsets asserts the offset invariant on every token, sentence,
// entity and relation of doc.
func checkOffsets(t *testing.T, text string, doc *entity.Document) {
	t.Helper()
	for i, tok := range doc.Tokens {
		if tok.Start < 0 || tok.End > len(text) || tok.Start >= tok.End || text[tok.Start:tok.End] != tok.Text {
			t.Fatalf("token %d %+v breaks the offset invariant", i, tok)
		}
	}
	for i, s := range doc.Sentences {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End || s.First < 0 || s.Last > len(doc.Tokens) || s.First >= s.Last {
			t.Fatalf("sentence %d %+v is out of range", i, s)
		}
	}
	for i, e := range doc.Entities {
		if e.Start < 0 || e.End > len(text) || e.Start >= e.End || text[e.Start:e.End] != e.Text {
			t.Fatalf("entity %d %+v breaks the offset invariant", i, e)
		}
		if e.ID == "" || e.Canonical == "" {
			t.Errorf("entity %d %q has no ID or canonical name", i, e.Text)
		}
		switch e.Type {
		case entity.Person, entity.Location, entity.Organization:
		default:
			t.Errorf("entity %d has type %q", i, e.Type)
		}
	}
	for i, r := range doc.Relations {
		if r.Start < 0 || r.End > len(text) || r.Start > r.End {
			t.Fatalf("relation %d %+v has a bad evidence span", i, r)
		}
		if r.Subject < 0 || r.Subject >= len(doc.Entities) || r.Object < -1 || r.Object >= len(doc.Entities) {
			t.Fatalf("relation %d %+v has bad argument indices", i, r)
		}
		if r.QuoteStart < 0 || r.QuoteEnd > len(text) || r.QuoteStart > r.QuoteEnd {
			t.Fatalf("relation %d %+v has a bad quote span", i, r)
		}
	}
}

func TestExtractSeedOffsets(t *testing.T) {
	text := seedArticle(t)
	doc, err := newExtractor(t).Extract(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Lang != "tr" {
		t.Errorf("Lang = %q, want tr", doc.Lang)
	}
	checkOffsets(t, text, doc)
	if len(doc.Entities) == 0 {
		t.Error("no entities in the seed article")
	}
}

// TestExtractBadInput feeds what crawlers hand over: every case gets a
// result whose offsets hold, and no panic.
func TestExtractBadInput(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(rng.UintN(256))
	}
	long := strings.Repeat("a", 4<<20)
	if testing.Short() {
		long = long[:256<<10]
	}
	cases := map[string]string{
		"empty":            "",
		"spaces":           " \n\t \r\n",
		"invalid utf8":     "Çin\xff\xfeRusya'nın \xc3 Ankara'da",
		"nul bytes":        "Li\x00Qiang Ankara'ya\x00 gitti.",
		"long line":        long,
		"random bytes":     string(random),
		"bom":              "\ufeffİSTANBUL (AA) - Cumhurbaşkanı Erdoğan konuştu.",
		"combining marks":  "C\u0327in'in Bas\u0327bakanı Li Qiang Istanbul\u0307'da.",
		"control chars":    "Ankara\x01\x02\x1b[31m'da\x7f toplantı\u200b\u2028yapıldı.",
		"all caps":         "ÇİN BAŞBAKANI Lİ QİANG, RUSYA İLE ÇALIŞMAYA HAZIR OLDUKLARINI SÖYLEDİ.",
		"emoji":            "Rusya 🇷🇺 ve Çin 🇨🇳 anlaştı 👍🏽! #BRICS @AA_Haber",
		"only punctuation": "...!!!???---«»“”''",
		"lone apostrophe":  "' ’ 'nın ’da",
	}
	x := newExtractor(t)
	for name, text := range cases {
		t.Run(name, func(t *testing.T) {
			doc, err := x.Extract(context.Background(), text)
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			checkOffsets(t, text, doc)
		})
	}
}

func TestExtractTooLarge(t *testing.T) {
	x := newExtractor(t, entity.WithMaxBytes(10))
	_, err := x.Extract(context.Background(), "Ankara'da bir toplantı yapıldı.")
	if !errors.Is(err, entity.ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
}

func TestExtractCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := newExtractor(t).Extract(ctx, seedArticle(t)); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

// TestExtractCancelPromptly cancels during a long document and measures
// how soon Extract returns: a long document is worked on in a goroutine of
// its own that checks its context in every stage. The bound is loose because CI
// machines are shared; the latency is logged (well under 10 ms on an idle
// core).
func TestExtractCancelPromptly(t *testing.T) {
	text := strings.Repeat(seedArticle(t)+"\n\n", 300)
	x := newExtractor(t, entity.WithMaxBytes(0))
	if _, err := x.Extract(context.Background(), "Ankara"); err != nil { // load the model first
		t.Fatal(err)
	}
	for _, after := range []time.Duration{2 * time.Millisecond, 20 * time.Millisecond, 60 * time.Millisecond} {
		latency, err := cancelLatency(x, text, after, 5*time.Second)
		t.Logf("cancelled after %v: returned %v later (err %v)", after, latency, err)
		if err != nil && !errors.Is(err, context.Canceled) {
			t.Fatalf("err = %v", err)
		}
		if latency > 250*time.Millisecond {
			t.Errorf("Extract took %v to return after cancellation", latency)
		}
	}
}

// cancelLatency starts x.Extract on text, cancels it after the given
// time, and returns how long Extract took to return after the cancel and
// its error; an Extract still running after limit gives an error.
func cancelLatency(x *entity.Extractor, text string, after, limit time.Duration) (time.Duration, error) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := x.Extract(ctx, text)
		done <- err
	}()
	time.Sleep(after)
	cancel()
	cancelled := time.Now()
	select {
	case err := <-done:
		return time.Since(cancelled), err
	case <-time.After(limit):
		return limit, fmt.Errorf("Extract did not return within %v of cancellation", limit)
	}
}

func TestExtractConcurrent(t *testing.T) {
	text := seedArticle(t)
	x := newExtractor(t)
	want, err := x.Extract(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			got, err := x.Extract(context.Background(), text)
			if err != nil {
				t.Error(err)
				return
			}
			if len(got.Entities) != len(want.Entities) || len(got.Relations) != len(want.Relations) {
				t.Errorf("concurrent Extract gave %d entities, %d relations; want %d, %d",
					len(got.Entities), len(got.Relations), len(want.Entities), len(want.Relations))
			}
		})
	}
	wg.Wait()
}

func FuzzExtract(f *testing.F) {
	f.Add("Çin Başbakanı Li Qiang, Rusya'nın Başbakanı Mişustin ile görüştü.")
	f.Add("HANGZHOU, 4 Kasım (Xinhua) -- Li, Zhejiang eyaletinin merkezi Hangzhou'da konuştu.")
	f.Add("\xff\x00’'")
	f.Add("Kadro: Umut (6), Deniz (7), Okan (5) - Selçuk. Haber: Selin KARADAĞ - ANKARA. Maç Kemal Aksoy Stadı'nda oynandı.")
	f.Add("dün fbı direktörü kavanaugh'u michigan üniversitesi'nde cnn'e anlattı. GAZETECİLER ZARARI HESAPLIYORDU")
	x := newExtractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		doc, err := x.Extract(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		checkOffsets(t, text, doc)
	})
}

// FuzzExtractAuto runs the auto-detecting Extractor, so that English and
// Russian text reach their languages' rules (auto picks one language a
// document; text mixing scripts reaches the one picked).
func FuzzExtractAuto(f *testing.F) {
	f.Add("Theresa May met Angela Merkel in Berlin on Monday, the BBC said.")
	f.Add("Президент России Владимир Путин встретился с Реджепом Тайипом Эрдоганом в Сочи.")
	f.Add("Manchester United's Paul Pogba (France) - St. Louis, Mo. -- Св. Мартина")
	f.Add("ООН\u00a0заявила: «Газпром» и ПАО \"Сбербанк\" — Москва/Ankara'da")
	f.Add("путин встретился с макроном в москве и передал письмо джонсу. ЖИТЕЛЕЙ ТВЕРИ БЕСПОКОЯТ ШУТКИ НАТО")
	f.Add("we saw gwyneth paltrow at harvard medical school and the fbi told cnn .")
	x := newExtractor(f, entity.WithLanguage("auto"))
	f.Fuzz(func(t *testing.T, text string) {
		doc, err := x.Extract(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		checkOffsets(t, text, doc)
	})
}
