package langid

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
)

// readLines returns the non-empty lines of a testdata file.
func readLines(t testing.TB, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" {
			lines = append(lines, l)
		}
	}
	return lines
}

// TestAccuracy identifies the 300 sentences of testdata/langid (100 per
// language, written for this test: news sentences, short ones, and ones
// quoting another language) and requires at least 99% accuracy.
func TestAccuracy(t *testing.T) {
	total, correct := 0, 0
	for _, code := range []string{"tr", "en", "ru"} {
		lines := readLines(t, "../../testdata/langid/"+code+".txt")
		if len(lines) < 100 {
			t.Fatalf("%s: %d sentences, want at least 100", code, len(lines))
		}
		for _, l := range lines {
			got, conf := Identify(l)
			total++
			if got == code {
				correct++
			} else {
				t.Logf("%s sentence identified as %q (%.2f): %s", code, got, conf, l)
			}
		}
	}
	acc := float64(correct) / float64(total)
	t.Logf("accuracy %d/%d = %.4f", correct, total, acc)
	if acc < 0.99 {
		t.Errorf("accuracy %.4f, want at least 0.99", acc)
	}
}

func TestMixedText(t *testing.T) {
	tests := []struct{ text, want string }{
		{`Bakan, "We will not accept this under any circumstances" diyerek tepki gösterdi ve Ankara'nın tutumunun değişmeyeceğini söyledi.`, "tr"},
		{`The minister, speaking in Ankara, said "Türkiye'nin tutumu değişmeyecek" and left the room without answering questions.`, "en"},
		{`Мишустин и Li Qiang обсудили проекты BRICS в Москве.`, "ru"},
		{`Sözcü, “This is not the time for new sanctions, we need dialogue” açıklamasını yaptı.`, "tr"},
		{`Лавров напомнил: “The United States must respect international law”.`, "ru"},
		{`Bakan "OK" dedi.`, "tr"},
		// Names count half (nameWeight): a Turkish headline naming three
		// English ones is Turkish, as its common words and suffix say.
		{`Trump'ın West Virginia Mitinginin Saati, YouTube Kanalı`, "tr"},
		{`Trump'ın West Virginia mitinginin saati, YouTube kanalı`, "tr"},
		{strings.Repeat("Toplantıda ekonomi ve ticaret konuşuldu. ", 200) + strings.Repeat("The talks covered trade. ", 50), "tr"},
		{strings.Repeat("The talks covered trade and energy. ", 40) + strings.Repeat("Toplantıda ekonomi ve ticaret konuşuldu. ", 600), "tr"},
	}
	for _, tt := range tests {
		if got, _ := Identify(tt.text); got != tt.want {
			t.Errorf("Identify(%.60q...) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestNoLetters(t *testing.T) {
	for _, text := range []string{"", "12:30 — 45%", "\xff\xfe\x00", "习近平会见俄罗斯总理"} {
		if got, conf := Identify(text); got != "" || conf != 0 {
			t.Errorf("Identify(%q) = %q, %.2f; want \"\", 0", text, got, conf)
		}
	}
}

func TestConfidenceRange(t *testing.T) {
	for _, text := range []string{"Prices fell.", "Fiyatlar düştü.", "Цены упали.", "Li Qiang", "OK"} {
		code, conf := Identify(text)
		if code == "" || conf <= 0 || conf > 1 {
			t.Errorf("Identify(%q) = %q, %v; want a code and confidence in (0, 1]", text, code, conf)
		}
	}
}

func TestProfileRoundTrip(t *testing.T) {
	p, err := Train("xx", "Latin", strings.NewReader("the cat sat on the mat"), 100)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if _, err := p.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	q, err := ReadProfile(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if q.Code != "xx" || q.Script != p.Script || len(q.counts) != len(p.counts) || q.total != p.total {
		t.Errorf("round trip changed the profile: %+v vs %+v", q, p)
	}
	if _, err := ReadProfile(strings.NewReader("code xx\nscript Latin\nabcd\t1\n")); err == nil {
		t.Error("ReadProfile accepted a four-letter trigram")
	}
}

func ExampleIdentify() {
	for _, s := range []string{
		"Çin Başbakanı Li Qiang, Rusya ile işbirliğine hazır olduklarını söyledi.",
		"Chinese Premier Li Qiang said China was ready to work with Russia.",
		"Премьер Госсовета КНР Ли Цян заявил о готовности работать с Россией.",
	} {
		code, _ := Identify(s)
		fmt.Println(code)
	}
	// Output:
	// tr
	// en
	// ru
}

func BenchmarkIdentifySentence(b *testing.B) {
	lines := readLines(b, "../../testdata/langid/tr.txt")
	lines = append(lines, readLines(b, "../../testdata/langid/en.txt")...)
	size := 0
	for _, l := range lines {
		size += len(l)
	}
	Identify("warm up")
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, l := range lines {
			Identify(l)
		}
	}
	b.ReportMetric(float64(b.N*len(lines))/b.Elapsed().Seconds(), "sentences/s")
}

func BenchmarkIdentifyLongDocument(b *testing.B) {
	story, err := os.ReadFile("../../testdata/story_tr.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(story), 500) // ~1 MB
	Identify("warm up")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Identify(text)
	}
}

func FuzzIdentify(f *testing.F) {
	f.Add("Çin'in başkenti Pekin'dir.")
	f.Add("«Газпром» and \"BRICS\" \xff\x00")
	f.Add(strings.Repeat("ab«cd»ef ", 2000))
	f.Fuzz(func(t *testing.T, text string) {
		code, conf := Identify(text)
		if conf < 0 || conf > 1 || (code == "") != (conf == 0) {
			t.Fatalf("Identify(%q) = %q, %v", text, code, conf)
		}
	})
}

// TestTieGoesToFallback: a line whose words are evidence for no language
// over another (two names) is identified as Fallback, not as the profile
// that sorts first (issue 19: "Putin Moskova." was English).
func TestTieGoesToFallback(t *testing.T) {
	if code, _ := Identify("Putin Moskova."); code != Fallback {
		t.Errorf("Identify(%q) = %q, want %q", "Putin Moskova.", code, Fallback)
	}
	if code, _ := Identify("Putin Moscow."); code != "en" {
		t.Errorf("Identify(%q) = %q, want en", "Putin Moscow.", code)
	}
}
