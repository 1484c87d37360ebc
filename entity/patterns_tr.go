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
			// ROLE. "Y Başbakanı X", "Y'nin Z Büyükelçisi X", "Y (KISALTMA) Genel Direktörü X",
			// "P Konya Milletvekili X" (Konya; the party P is MEMBER_OF).
			{Role, []elem{ent(argObj, "LOC", "Nom|Gen"), opt(paren()), opt(ent(argNone, "LOC", "Nom")),
				title(titleAny), ent(argSubj, "PER", "")}},
			{Role, []elem{ent(argObj, "ORG", "Nom|Gen"), opt(paren()), opt(ent(argNone, "LOC", "Nom")),
				title(titleNoMember), ent(argSubj, "PER", "")}},
			// "X, Y Başbakanı olarak": an apposition not followed by a name.
			{Role, []elem{ent(argSubj, "PER", "Nom"), words(","), ent(argObj, "LOC|ORG", "Nom|Gen"),
				opt(ent(argNone, "LOC", "Nom")), title(titleNoMember), notEnt("PER")}},

			// MEMBER_OF. "NATO üyesi X", "AB üyesi X ve Y".
			{MemberOf, []elem{ent(argObj, "ORG", "Nom|Gen"), words("üye+"), opt(words("ülke+")),
				entList(argSubj, "LOC|ORG|PER", "Nom")}},
			// "X, AB ve NATO üyesi olmasına rağmen", "X ve Y, Z üyesi ülkeler arasında".
			{MemberOf, []elem{entList(argSubj, "LOC|ORG", "Nom"), opt(words(",")), entList(argObj, "ORG", "Nom"),
				words("üye+ ol*", "üye+ ülke+ arasında", "üye+ değil")}},
			// "X, ... NATO'ya üye oldu", "X, NATO'ya katılan ... ülke oldu".
			{MemberOf, []elem{ent(argSubj, "LOC|ORG", "Nom"), opt(words(",")), gap(6, "LOC|ORG|PER"),
				ent(argObj, "ORG", "Dat"), words("üye ol*", "katıldı", "katılan", "katılarak")}},
			// "CHP'li X", "CHP'li Y Belediye Başkanı X".
			{MemberOf, []elem{ent(argObj, "ORG", "With"), gap(5, "PER|ORG"), ent(argSubj, "PER", "")}},
			// "P Konya Milletvekili X", "O'nun siyasi büro üyesi X".
			{MemberOf, []elem{ent(argObj, "ORG", "Nom|Gen"), opt(ent(argNone, "LOC", "Nom")), gap(2, "LOC|ORG|PER"),
				title(titleMember), ent(argSubj, "PER", "")}},

			// LOCATED_IN. "Y eyaletinin merkezi X", "Y'nin başkenti X".
			{LocatedIn, []elem{ent(argObj, "LOC", "Nom|Gen"), opt(words(trPlaceNoun...)),
				words("merkez+", "başkent+"), ent(argSubj, "LOC", "")}},
			// "Y'nin doğusundaki X".
			{LocatedIn, []elem{ent(argObj, "LOC", "Gen"), words(trDirection...), ent(argSubj, "LOC", "")}},
			// "Y'nin X ilçesinde", "Y'nin X bölgesine".
			{LocatedIn, []elem{ent(argObj, "LOC", "Gen"), ent(argSubj, "LOC", "Nom"), words(trPlaceNoun...)}},
			// "Y'ye bağlı X", "Y eyaletine bağlı X".
			{LocatedIn, []elem{ent(argObj, "LOC", "Nom|Dat"), opt(words(trPlaceNoun...)), words("bağlı"),
				ent(argSubj, "LOC", "")}},
			// "Y'deki X".
			{LocatedIn, []elem{ent(argObj, "LOC", "LocKi"), ent(argSubj, "LOC", "")}},

			// MEETS. "X, Z'de ... Y ile görüştü", "X'in ... Y ile görüşeceğini".
			{Meets, []elem{ent(argSubj, "PER", "Nom|Gen"), opt(words(",", "ise")), clauseGap(25),
				ent(argObj, "PER", "Ins"), gap(12, "PER"), words(trMeet...)}},
			// "X ve Z Devlet Başkanı Y, ... bir araya geldi".
			{Meets, []elem{ent(argSubj, "PER", "Nom"), words("ve"), gap(5, "PER"), ent(argObj, "PER", "Nom"),
				gap(12, "PER"), words(trMeet...)}},
			// "X ile Z Devlet Başkanı Y, ... görüştü".
			{Meets, []elem{ent(argSubj, "PER", "Ins"), gap(5, "PER"), ent(argObj, "PER", "Nom"),
				gap(12, "PER"), words(trMeet...)}},
			// "X, ... Y'yi kabul etti".
			{Meets, []elem{ent(argSubj, "PER", "Nom"), opt(words(",")), clauseGap(20), ent(argObj, "PER", "Acc"),
				gap(3, "PER"), words("kabul et*", "kabul ed*")}},

			// VISITS. "X, Y'yi ziyaret ederek", "X'in ... Y'yi ziyaret edeceğini".
			{Visits, []elem{ent(argSubj, "PER", "Nom|Gen"), opt(words(",")), clauseGap(15),
				ent(argObj, "LOC", "Acc"), gap(2, "LOC|PER"), words("ziyaret et*", "ziyaret ed*")}},
			// "X, ... Y'ye gitti", "X, Y'ye giderek", "X, Y'ye resmi bir ziyaret gerçekleştirdi".
			{Visits, []elem{ent(argSubj, "PER", "Nom|Gen"), opt(words(",")), clauseGap(15),
				ent(argObj, "LOC", "Dat"), gap(3, "LOC|PER"),
				words("gitti", "giderek", "gidecek", "gideceğini", "gittiğini", "geldi", "gelerek", "geleceğini",
					"ulaştı", "ziyaret*", "resmi ziyaret*")}},
			// "X, ... Y'de temaslarda bulundu".
			{Visits, []elem{ent(argSubj, "PER", "Nom"), opt(words(",")), clauseGap(15), ent(argObj, "LOC", "Loc"),
				gap(2, "LOC|PER"), words("temas+ bulun*", "temaslar+", "ziyarette bulun*", "resmi ziyarette bulun*")}},
			// "Y'yi ziyaret eden Büyükelçi X", "Y'ye giden X".
			{Visits, []elem{ent(argObj, "LOC", "Acc|Dat"), words("ziyaret eden", "ziyarette bulunan", "giden"),
				gap(4, "PER|LOC"), ent(argSubj, "PER", "")}},
			// "X'in Y ziyareti".
			{Visits, []elem{ent(argSubj, "PER", "Gen"), ent(argObj, "LOC", "Nom"), words("ziyaret+")}},

			// SAYS. "X, gazetecilere yaptığı açıklamada “...” dedi".
			{Says, []elem{ent(argSubj, "PER|ORG", "Nom"), opt(words(",", "ise")), gap(10, "PER"), quote(),
				opt(words(",")), opt(words("diye")), words(trSay...)}},
			// "“...” diyen O yetkilisi X".
			{Says, []elem{quote(), opt(words(",")), words("diyen"), gap(4, "PER"), ent(argSubj, "PER", "")}},
			// "X, ... şunları söyledi: “...”".
			{Says, []elem{ent(argSubj, "PER|ORG", "Nom"), opt(words(",", "ise")), gap(10, "PER"), words(trSay...),
				words(":"), quote()}},
			// "X, ... hazır olduklarını söyledi", "X ise ... olduğunu söyledi".
			{Says, []elem{ent(argSubj, "PER|ORG", "Nom"), words(",", "ise"), clause(60), words(trSay...)}},

			// ROLE without an object in the text: "Dışişleri Bakanı X", "Vali X".
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
		topicWords:     map[string]bool{"ise": true},
		// The accusative of a nominalized clause (-DIK, -(y)AcAK + possessive + -I).
		reportEndings: []string{"dığını", "diğini", "duğunu", "düğünü", "tığını", "tiğini", "tuğunu", "tüğünü",
			"dıklarını", "diklerini", "duklarını", "düklerini", "tıklarını", "tiklerini", "tuklarını", "tüklerini",
			"acağını", "eceğini", "acaklarını", "eceklerini", "dığımızı", "diğimizi", "duğumuzu", "düğümüzü"},
	}
}
