package tr

import (
	"slices"
	"testing"

	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/langtest"
)

func TestSentences(t *testing.T) {
	cases := []struct {
		in   string
		want []string // text[s.Start:s.End] of each sentence
	}{
		{"Çin ve Rusya anlaştı. Toplantı yarın yapılacak.",
			[]string{"Çin ve Rusya anlaştı.", "Toplantı yarın yapılacak."}},
		// Hard-wrapped text: a line break is a space, a blank line still ends.
		{"Bakan salı günü yaptığı açıklamada iki ülke arasındaki\ngörüşmelerin gelecek hafta Cenevre'de yeniden\nbaşlayacağını ve toplantıya Kuzey Kore lideri Kim\nJong Un'un da katılacağını söyledi.\n\nDiğer haber",
			[]string{"Bakan salı günü yaptığı açıklamada iki ülke arasındaki\ngörüşmelerin gelecek hafta Cenevre'de yeniden\nbaşlayacağını ve toplantıya Kuzey Kore lideri Kim\nJong Un'un da katılacağını söyledi.", "Diğer haber"}},
		{"Prof. Dr. Ahmet Yılmaz konuştu. Salon doluydu.",
			[]string{"Prof. Dr. Ahmet Yılmaz konuştu.", "Salon doluydu."}},
		{"T.C. Dışişleri Bakanlığı açıklama yaptı.",
			[]string{"T.C. Dışişleri Bakanlığı açıklama yaptı."}},
		{"Hükümet başkanlarının 30. olağan toplantısı yapıldı.",
			[]string{"Hükümet başkanlarının 30. olağan toplantısı yapıldı."}},
		{"II. Dünya Savaşı 1945'te bitti. Avrupa yeniden kuruldu.",
			[]string{"II. Dünya Savaşı 1945'te bitti.", "Avrupa yeniden kuruldu."}},
		{"M. Kemal Atatürk Samsun'a çıktı.",
			[]string{"M. Kemal Atatürk Samsun'a çıktı."}},
		{"Ölü sayısı 12. Yaralılar hastaneye kaldırıldı.",
			[]string{"Ölü sayısı 12.", "Yaralılar hastaneye kaldırıldı."}},
		{"Enflasyon %3,5 oldu. Faiz sabit kaldı!",
			[]string{"Enflasyon %3,5 oldu.", "Faiz sabit kaldı!"}},
		{"Bakan, “Hazırız.” dedi. Toplantı bitti.",
			[]string{"Bakan, “Hazırız.” dedi.", "Toplantı bitti."}},
		{"“Hazırız.” Bakan böyle konuştu.",
			[]string{"“Hazırız.”", "Bakan böyle konuştu."}},
		{"«Neden?» diye sordu. Cevap gelmedi.",
			[]string{"«Neden?» diye sordu.", "Cevap gelmedi."}},
		{`"Evet!" Herkes alkışladı.`,
			[]string{`"Evet!"`, "Herkes alkışladı."}},
		{"Kitap, defter vb. Bunlar dağıtıldı.",
			[]string{"Kitap, defter vb.", "Bunlar dağıtıldı."}},
		{"Kitap, defter vb. malzemeler dağıtıldı.",
			[]string{"Kitap, defter vb. malzemeler dağıtıldı."}},
		{"Koç Holding Ltd. Şirket açıklama yaptı.",
			[]string{"Koç Holding Ltd.", "Şirket açıklama yaptı."}},
		{"Ne olacak… Bilinmiyor.",
			[]string{"Ne olacak…", "Bilinmiyor."}},
		{"Bekledi... ve gitti.",
			[]string{"Bekledi... ve gitti."}},
		{"Faiz 3,5 puan arttı. 2025 yılında düşecek.",
			[]string{"Faiz 3,5 puan arttı.", "2025 yılında düşecek."}},
		{"Gelişmeler (ayrıntılar aşağıda.) Ankara'da",
			[]string{"Gelişmeler (ayrıntılar aşağıda.)", "Ankara'da"}},
		{"Birinci paragraf\n\nikinci paragraf",
			[]string{"Birinci paragraf", "ikinci paragraf"}},
		{"Birinci paragraf\r\n\r\nİkinci paragraf",
			[]string{"Birinci paragraf", "İkinci paragraf"}},
		{"Deprem Haberi\nKahramanmaraş'ta deprem oldu.",
			[]string{"Deprem Haberi", "Kahramanmaraş'ta deprem oldu."}},
		{"Toplantıya Çin,\nRusya ve Hindistan katıldı.",
			[]string{"Toplantıya Çin,\nRusya ve Hindistan katıldı."}},
		{"uzun bir cümle\ndevam ediyor.",
			[]string{"uzun bir cümle\ndevam ediyor."}},
		{"Açılışı Prof.\nDr. Ayşe Kaya yaptı.",
			[]string{"Açılışı Prof.\nDr. Ayşe Kaya yaptı."}},
		{"Anlaşmayı Koç Holding A.Ş.\nYeni yatırımlar geliyor.",
			[]string{"Anlaşmayı Koç Holding A.Ş.", "Yeni yatırımlar geliyor."}},
		{"Son dakika\n- Ankara'da patlama",
			[]string{"Son dakika", "- Ankara'da patlama"}},
		{"İSTANBUL, 4 Kasım (Xinhua) -- Borsa güne yükselişle başladı. Dolar düştü.",
			[]string{"İSTANBUL, 4 Kasım (Xinhua) -- Borsa güne yükselişle başladı.", "Dolar düştü."}},
		{"Saat 14.30'da başladı. Bitti.",
			[]string{"Saat 14.30'da başladı.", "Bitti."}},
		{"Fiyat 1.250,75 lira. Arttı.",
			[]string{"Fiyat 1.250,75 lira.", "Arttı."}},
		{"Adres: www.aa.com.tr. Bize yazın.",
			[]string{"Adres: www.aa.com.tr.", "Bize yazın."}},
		{"Son", []string{"Son"}},
		{"...", []string{"..."}},
		{"Nokta.", []string{"Nokta."}},
		{"", nil},
	}
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			_, sents := langtest.Segment(t, Turkish{}, tc.in)
			var got []string
			for _, s := range sents {
				got = append(got, tc.in[s.Start:s.End])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Sentences(%q) =\n  %q\nwant\n  %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestSentencesBadOffsets checks that tokens not produced from text do not
// make Sentences panic.
func TestSentencesBadOffsets(t *testing.T) {
	toks := []lang.Token{
		{Text: "a", Start: 5, End: 6, Kind: lang.Word},
		{Text: ".", Start: 2, End: 3, Kind: lang.Punct},
		{Text: "B", Start: 90, End: 91, Kind: lang.Word},
	}
	sents := Sentences("kısa", toks)
	if n := len(sents); n == 0 || sents[n-1].Last != len(toks) {
		t.Errorf("Sentences with bad offsets = %+v, want all tokens covered", sents)
	}
}
