package entity

// Turkish relation patterns. Entities carry their case from the apostrophe
// suffix (Çin'in: Gen, Ankara'ya: Dat, Bursa'yı: Acc, Hangzhou'da: Loc,
// Beştepe'deki: LocKi, Putin'le or "Putin ile": Ins, CHP'li: With).
// Subjects of clauses are in the nominative (or the genitive in a
// nominalized clause: "Putin'in Hindistan'ı ziyaret edeceğini").

func init() { registerPatterns("tr", trPatterns()) }

// Trigger phrases.
var (
	trMeet = []string{"görüşt*", "görüşe*", "görüşm*", "görüşü*", "bir araya gel*", "biraraya gel*",
		"buluşt*", "eş başkanlık et*", "eş başkanlığında"}
	trSay = []string{"söyledi", "dedi", "ifade etti", "belirtti", "vurguladı", "açıkladı", "kaydetti",
		"bildirdi", "dile getirdi", "duyurdu", "doğruladı", "ileri sürdü", "iddia etti", "aktardı",
		"ekledi", "savundu", "uyardı", "hatırlattı", "diye konuştu", "ifadesini kullandı",
		"ifadelerini kullandı", "sözlerine ekledi", "yazdı"}
	trPlaceNoun = []string{"il+", "ilçe+", "kent+", "şehir+", "eyalet+", "bölge+", "köy+", "kasaba+",
		"mahalle+", "ada+", "vilayet+", "belde+", "semt+", "başkent+"}
	trDirection = []string{"doğu+", "batı+", "kuzey+", "güney+", "kuzeydoğu+", "kuzeybatı+",
		"güneydoğu+", "güneybatı+", "orta+", "iç+"}
)

func trPatterns() *relationPatterns {
	return &relationPatterns{
		patterns: []pattern{
			// ROLE. "Çin Başbakanı Li Qiang", "Çin'in Ankara Büyükelçisi X",
			// "Dünya Sağlık Örgütü (DSÖ) Genel Direktörü X", "AK Parti Konya Milletvekili X" (Konya).
			{Role, []elem{ent(argObj, "LOC", "Nom|Gen"), opt(paren()), opt(ent(argNone, "LOC", "Nom")),
				title(titleAny), ent(argSubj, "PER", "")}},
			{Role, []elem{ent(argObj, "ORG", "Nom|Gen"), opt(paren()), opt(ent(argNone, "LOC", "Nom")),
				title(titleNoMember), ent(argSubj, "PER", "")}},
			// "Keir Starmer, İngiltere Başbakanı olarak": an apposition not followed by a name.
			{Role, []elem{ent(argSubj, "PER", "Nom"), words(","), ent(argObj, "LOC|ORG", "Nom|Gen"),
				opt(ent(argNone, "LOC", "Nom")), title(titleNoMember), notEnt("PER")}},

			// MEMBER_OF. "NATO üyesi Polonya", "AB üyesi İrlanda ve Portekiz".
			{MemberOf, []elem{ent(argObj, "ORG", "Nom|Gen"), words("üye+"), opt(words("ülke+")),
				entList(argSubj, "LOC|ORG|PER", "Nom")}},
			// "Macaristan, AB ve NATO üyesi olmasına rağmen", "Gürcistan ve Ermenistan, KEİÖ üyesi ülkeler arasında".
			{MemberOf, []elem{entList(argSubj, "LOC|ORG", "Nom"), opt(words(",")), entList(argObj, "ORG", "Nom"),
				words("üye+ ol*", "üye+ ülke+ arasında", "üye+ değil")}},
			// "İsveç, ... NATO'ya üye oldu", "Finlandiya, NATO'ya katılan 31. ülke oldu".
			{MemberOf, []elem{ent(argSubj, "LOC|ORG", "Nom"), opt(words(",")), gap(6, "LOC|ORG|PER"),
				ent(argObj, "ORG", "Dat"), words("üye ol*", "katıldı", "katılan", "katılarak")}},
			// "CHP'li Ankara Büyükşehir Belediye Başkanı Mansur Yavaş", "MHP'li Ayşe Korkmaz".
			{MemberOf, []elem{ent(argObj, "ORG", "With"), gap(5, "PER|ORG"), ent(argSubj, "PER", "")}},
			// "AK Parti Konya Milletvekili X", "Hamas'ın siyasi büro üyesi X".
			{MemberOf, []elem{ent(argObj, "ORG", "Nom|Gen"), opt(ent(argNone, "LOC", "Nom")), gap(2, "LOC|ORG|PER"),
				title(titleMember), ent(argSubj, "PER", "")}},

			// LOCATED_IN. "Zhejiang eyaletinin merkezi Hangzhou", "Türkiye'nin başkenti Ankara".
			{LocatedIn, []elem{ent(argObj, "LOC", "Nom|Gen"), opt(words(trPlaceNoun...)),
				words("merkez+", "başkent+"), ent(argSubj, "LOC", "")}},
			// "Çin'in doğusundaki Zhejiang".
			{LocatedIn, []elem{ent(argObj, "LOC", "Gen"), words(trDirection...), ent(argSubj, "LOC", "")}},
			// "İstanbul'un Kadıköy ilçesinde", "Rusya'nın Kursk bölgesine".
			{LocatedIn, []elem{ent(argObj, "LOC", "Gen"), ent(argSubj, "LOC", "Nom"), words(trPlaceNoun...)}},
			// "Kahramanmaraş'a bağlı Elbistan", "Bavyera eyaletine bağlı Münih".
			{LocatedIn, []elem{ent(argObj, "LOC", "Nom|Dat"), opt(words(trPlaceNoun...)), words("bağlı"),
				ent(argSubj, "LOC", "")}},
			// "Beştepe'deki Cumhurbaşkanlığı Külliyesi".
			{LocatedIn, []elem{ent(argObj, "LOC", "LocKi"), ent(argSubj, "LOC", "")}},

			// MEETS. "Hakan Fidan, Washington'da ... Marco Rubio ile görüştü", "Putin'in ... Trump ile görüşeceğini".
			{Meets, []elem{ent(argSubj, "PER", "Nom|Gen"), opt(words(",", "ise")), gap(25, ""),
				ent(argObj, "PER", "Ins"), gap(12, "PER"), words(trMeet...)}},
			// "Putin ve Türkmenistan Devlet Başkanı Serdar Berdimuhammedov, Aşkabat'ta bir araya geldi".
			{Meets, []elem{ent(argSubj, "PER", "Nom"), words("ve"), gap(5, "PER"), ent(argObj, "PER", "Nom"),
				gap(12, "PER"), words(trMeet...)}},
			// "Sanae Takaichi ile Güney Kore Devlet Başkanı Lee Jae-myung, Gyeongju'da ... görüştü".
			{Meets, []elem{ent(argSubj, "PER", "Ins"), gap(5, "PER"), ent(argObj, "PER", "Nom"),
				gap(12, "PER"), words(trMeet...)}},
			// "Abdulfettah Sisi, Kahire'de ... Hakan Fidan'ı kabul etti".
			{Meets, []elem{ent(argSubj, "PER", "Nom"), opt(words(",")), gap(20, ""), ent(argObj, "PER", "Acc"),
				gap(3, "PER"), words("kabul et*", "kabul ed*")}},

			// VISITS. "Jeff Grant, Bursa'yı ziyaret ederek", "Putin'in ... Hindistan'ı ziyaret edeceğini".
			{Visits, []elem{ent(argSubj, "PER", "Nom|Gen"), opt(words(",")), gap(15, ""),
				ent(argObj, "LOC", "Acc"), gap(2, "LOC|PER"), words("ziyaret et*", "ziyaret ed*")}},
			// "Zelenskiy, ... Londra'ya gitti", "Modi, Tianjin'e giderek", "Maduro, Moskova'ya resmi bir ziyaret gerçekleştirdi".
			{Visits, []elem{ent(argSubj, "PER", "Nom|Gen"), opt(words(",")), gap(15, ""),
				ent(argObj, "LOC", "Dat"), gap(3, "LOC|PER"),
				words("gitti", "giderek", "gidecek", "gideceğini", "gittiğini", "geldi", "gelerek", "geleceğini",
					"ulaştı", "ziyaret*", "resmi ziyaret*")}},
			// "Arakçi, ... Maskat'ta temaslarda bulundu".
			{Visits, []elem{ent(argSubj, "PER", "Nom"), opt(words(",")), gap(15, ""), ent(argObj, "LOC", "Loc"),
				gap(2, "LOC|PER"), words("temas+ bulun*", "temaslar+", "ziyarette bulun*", "resmi ziyarette bulun*")}},
			// "Bursa'yı ziyaret eden Büyükelçi X", "Ankara'ya giden X".
			{Visits, []elem{ent(argObj, "LOC", "Acc|Dat"), words("ziyaret eden", "ziyarette bulunan", "giden"),
				gap(4, "PER|LOC"), ent(argSubj, "PER", "")}},
			// "Erdoğan'ın Moskova ziyareti".
			{Visits, []elem{ent(argSubj, "PER", "Gen"), ent(argObj, "LOC", "Nom"), words("ziyaret+")}},

			// SAYS. "Macron, gazetecilere yaptığı açıklamada “...” dedi".
			{Says, []elem{ent(argSubj, "PER|ORG", "Nom"), opt(words(",", "ise")), gap(10, "PER"), quote(),
				opt(words(",")), opt(words("diye")), words(trSay...)}},
			// "“...” diyen Hamas yetkilisi Basim Naim".
			{Says, []elem{quote(), opt(words(",")), words("diyen"), gap(4, "PER"), ent(argSubj, "PER", "")}},
			// "Erdoğan, ... şunları söyledi: “...”".
			{Says, []elem{ent(argSubj, "PER|ORG", "Nom"), opt(words(",", "ise")), gap(10, "PER"), words(trSay...),
				words(":"), quote()}},
			// "Li Qiang, ... hazır olduklarını söyledi", "Mişustin ise ... olduğunu söyledi".
			{Says, []elem{ent(argSubj, "PER|ORG", "Nom"), words(",", "ise"), clause(60), words(trSay...)}},

			// ROLE without an object in the text: "Dışişleri Bakanı Hakan Fidan", "Vali X".
			{Role, []elem{title(titleAny), ent(argSubj, "PER", "")}},
		},
		titleHeads: map[string]titleHead{
			"cumhurbaşkanı": {lemma: "Cumhurbaşkanı"}, "cumhurbaşkan": {lemma: "Cumhurbaşkanı"},
			"başbakan": {lemma: "Başbakan"}, "başkan": {lemma: "Başkan"}, "bakan": {lemma: "Bakan"},
			"sekreter": {lemma: "Sekreter"}, "sözcü": {lemma: "Sözcü"}, "büyükelçi": {lemma: "Büyükelçi"},
			"başkonsolos": {lemma: "Başkonsolos"}, "elçi": {lemma: "Elçi"}, "vali": {lemma: "Vali"},
			"kaymakam": {lemma: "Kaymakam"}, "şansölye": {lemma: "Şansölye"}, "kral": {lemma: "Kral"},
			"kraliçe": {lemma: "Kraliçe"}, "emir": {lemma: "Emir"}, "prens": {lemma: "Prens"},
			"direktör": {lemma: "Direktör"}, "müdür": {lemma: "Müdür"}, "temsilci": {lemma: "Temsilci"},
			"komutan": {lemma: "Komutan"}, "müsteşar": {lemma: "Müsteşar"}, "ceo": {lemma: "CEO"},
			"yetkili": {lemma: "Yetkili"}, "lider": {lemma: "Lider"}, "başkanvekili": {lemma: "Başkanvekili"},
			"danışman": {lemma: "Danışman"}, "başdanışman": {lemma: "Başdanışman"},
			"milletvekili": {lemma: "Milletvekili", member: true}, "senatör": {lemma: "Senatör", member: true},
			"üye": {lemma: "Üye", member: true},
		},
		titleExtensions: map[string]bool{"yardımcı": true, "vekil": true},
		titleAdjectives: map[string]bool{"genel": true, "özel": true, "daimi": true, "yüksek": true,
			"kıdemli": true, "baş": true, "eski": true, "yeni": true},
		titleJoiners:   map[string]bool{"ve": true},
		suffixCases:    map[string]string{"'li": "With", "'lı": "With", "'lu": "With", "'lü": "With"},
		postpositions:  map[string]string{"ile": "Ins"},
		listSeparators: map[string]bool{",": true, "ve": true, "ile": true},
		// The accusative of a nominalized clause (-DIK, -(y)AcAK + possessive + -I).
		reportEndings: []string{"dığını", "diğini", "duğunu", "düğünü", "tığını", "tiğini", "tuğunu", "tüğünü",
			"dıklarını", "diklerini", "duklarını", "düklerini", "tıklarını", "tiklerini", "tuklarını", "tüklerini",
			"acağını", "eceğini", "acaklarını", "eceklerini", "dığımızı", "diğimizi", "duğumuzu", "düğümüzü"},
	}
}
