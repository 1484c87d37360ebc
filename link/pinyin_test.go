package link

import "testing"

func TestPinyinSyllableCount(t *testing.T) {
	for w, want := range map[string]int{
		"jiangshan": 2, "qinhuangdao": 3, "xi'an": 2, "li": 1, "zhuangzhuang": 2,
		"washington": 0, "kingston": 0, "london": 0, "maan": 0, "ma'an": 2, // an after ma: pinyin writes ma'an
		"": 0, "'": 0, "xian'": 0, "ab": 0,
	} {
		if got := pinyinSyllableCount(w); got != want {
			t.Errorf("pinyinSyllableCount(%q) = %d, want %d", w, got, want)
		}
	}
}

func TestPinyinNG(t *testing.T) {
	for w, want := range map[string]string{
		"jiangshan": "jianshan", "qingdao": "qindao", "guangde": "guande",
		"changan":  "changan", // before a vowel
		"dong":     "dong",    // final: finalNG's
		"huang'an": "huang'an",
	} {
		if got := string(pinyinNG([]byte(w))); got != want {
			t.Errorf("pinyinNG(%q) = %q, want %q", w, got, want)
		}
	}
}
