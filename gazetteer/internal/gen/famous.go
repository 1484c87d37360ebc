package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// Famous people of 2019 from curated/famous2019.tsv: the members of seven
// published lists (the Forbes Celebrity 100, the Time 100 without its
// politicians, the Ballon d'Or nominees, the tennis and golf top 20s, the
// Formula One drivers, the top 100 of the Forbes billionaires) and the
// squads and head coaches of the 16 clubs of the Champions League round
// of 16 of 2019-20, the head coaches of 2019 of the NFL, NBA, MLB, Premier
// League and Süper Lig, the season's award winners of other sports
// (league MVPs, heavyweight champions, MotoGP, the Tour de France, world
// athletics champions), the news anchors and editors of 2019 (American,
// British and Turkish), and the entertainment of 2019 (the Oscars' acting
// and directing nominees, the Golden Globes' and Emmys' acting winners,
// the Grammys' general categories' nominees, Billboard's top artists),
// the Nobel laureates of 2015-2019, the people of Time's Person of the
// Year and its shortlists of 2017-2019, and the heads in 2019 of the
// largest religious bodies (subtype religious_leader, the role their
// office).
// News of 2019 names them in full ("Kylian Mbappé scored"); the gazetteer knew
// none of them, so the linker gave their mentions no ID and could not
// join a name across languages.
//
// They rank at priorFamous (priors.go), below the 0.8 link's surname
// index asks: a lone "West", "Hazard" or "Williams" stays someone else's
// or no one's, and only the full names link. A row whose ID an entry
// already has (an office holder of curated/officials*.tsv) only adds its
// names to it and keeps that entry's subtype and role.

// famousRole is a role key of the table: the entry's subtype and its role
// in Turkish, English and Russian (Russian by gender, hence the _f keys).
type famousRole struct{ subtype, tr, en, ru string }

var famousRoles = map[string]famousRole{
	"footballer":     {"athlete", "Futbolcu", "Footballer", "Футболист"},
	"footballer_f":   {"athlete", "Futbolcu", "Footballer", "Футболистка"},
	"tennis":         {"athlete", "Tenisçi", "Tennis player", "Теннисист"},
	"tennis_f":       {"athlete", "Tenisçi", "Tennis player", "Теннисистка"},
	"golfer":         {"athlete", "Golfçü", "Golfer", "Гольфист"},
	"f1":             {"athlete", "Formula 1 pilotu", "Formula One driver", "Пилот «Формулы-1»"},
	"boxer":          {"athlete", "Boksör", "Boxer", "Боксёр"},
	"basketball":     {"athlete", "Basketbolcu", "Basketball player", "Баскетболист"},
	"nfl":            {"athlete", "Amerikan futbolu oyuncusu", "American football player", "Игрок в американский футбол"},
	"athlete":        {"athlete", "Atlet", "Athlete", "Легкоатлет"},
	"athlete_f":      {"athlete", "Atlet", "Athlete", "Легкоатлетка"},
	"baseball":       {"athlete", "Beyzbolcu", "Baseball player", "Бейсболист"},
	"hockey":         {"athlete", "Buz hokeyci", "Ice hockey player", "Хоккеист"},
	"motogp":         {"athlete", "MotoGP pilotu", "MotoGP rider", "Мотогонщик"},
	"cyclist":        {"athlete", "Bisikletçi", "Cyclist", "Велогонщик"},
	"coach_nfl":      {"coach", "NFL başantrenörü", "NFL head coach", "Главный тренер клуба НФЛ"},
	"coach_nba":      {"coach", "NBA başantrenörü", "NBA head coach", "Главный тренер клуба НБА"},
	"manager_mlb":    {"coach", "MLB menajeri", "MLB manager", "Менеджер клуба МЛБ"},
	"coach_pl":       {"coach", "Premier Lig teknik direktörü", "Premier League manager", "Главный тренер клуба АПЛ"},
	"coach_superlig": {"coach", "Süper Lig teknik direktörü", "Süper Lig head coach", "Главный тренер клуба турецкой Суперлиги"},
	"singer":         {"entertainer", "Şarkıcı", "Singer", "Певец"},
	"singer_f":       {"entertainer", "Şarkıcı", "Singer", "Певица"},
	"rapper":         {"entertainer", "Rapçi", "Rapper", "Рэпер"},
	"rapper_f":       {"entertainer", "Rapçi", "Rapper", "Рэперша"},
	"dj":             {"entertainer", "DJ", "DJ", "Диджей"},
	"actor":          {"entertainer", "Oyuncu", "Actor", "Актёр"},
	"actor_f":        {"entertainer", "Oyuncu", "Actress", "Актриса"},
	"comedian":       {"entertainer", "Komedyen", "Comedian", "Комик"},
	"director":       {"entertainer", "Yönetmen", "Film director", "Режиссёр"},
	"composer":       {"entertainer", "Besteci", "Composer", "Композитор"},
	"tv_host":        {"entertainer", "Televizyon sunucusu", "Television host", "Телеведущий"},
	"tv_host_f":      {"entertainer", "Televizyon sunucusu", "Television host", "Телеведущая"},
	"chef":           {"entertainer", "Şef", "Chef", "Шеф-повар"},
	"media_f":        {"entertainer", "Medya kişiliği", "Media personality", "Медийная персона"},
	"journalist":     {"public_figure", "Gazeteci", "Journalist", "Журналист"},
	"journalist_f":   {"public_figure", "Gazeteci", "Journalist", "Журналистка"},
	"business":       {"business", "İş insanı", "Businessman", "Предприниматель"},
	"business_f":     {"business", "İş insanı", "Businesswoman", "Предпринимательница"},
	"writer":         {"public_figure", "Yazar", "Writer", "Писатель"},
	"designer_f":     {"public_figure", "Modacı", "Fashion designer", "Модельер"},
	"painter_f":      {"public_figure", "Ressam", "Painter", "Художница"},
	"scientist_f":    {"public_figure", "Bilim insanı", "Scientist", "Учёная"},
	"activist_f":     {"public_figure", "Aktivist", "Activist", "Активистка"},
	"public_f":       {"public_figure", "Kamusal figür", "Public figure", "Общественный деятель"},
	"writer_f":       {"public_figure", "Yazar", "Writer", "Писательница"},
	"physicist":      {"public_figure", "Fizikçi", "Physicist", "Физик"},
	"chemist":        {"public_figure", "Kimyager", "Chemist", "Химик"},
	"scientist":      {"public_figure", "Bilim insanı", "Scientist", "Учёный"},
	"economist":      {"public_figure", "Ekonomist", "Economist", "Экономист"},
	"physician":      {"public_figure", "Doktor", "Physician", "Врач"},
	"royal":          {"public_figure", "İngiliz kraliyet ailesi üyesi", "Member of the British royal family", "Член британской королевской семьи"},
	"politician":     {"politician", "Siyasetçi", "Politician", "Политик"},
	// The religious heads of set religion2019, each by office.
	"secretary_holy_see":    {"religious_leader", "Vatikan Devlet Sekreteri", "Cardinal Secretary of State", "Государственный секретарь Святого Престола"},
	"patriarch_ecumenical":  {"religious_leader", "Fener Rum Patriği", "Ecumenical Patriarch of Constantinople", "Вселенский патриарх"},
	"patriarch_moscow":      {"religious_leader", "Moskova ve Tüm Rusya Patriği", "Patriarch of Moscow and all Rus'", "Патриарх Московский и всея Руси"},
	"archbishop_canterbury": {"religious_leader", "Canterbury Başpiskoposu", "Archbishop of Canterbury", "Архиепископ Кентерберийский"},
	"dalai_lama":            {"religious_leader", "Tibet Budistlerinin ruhani lideri", "Spiritual leader of Tibetan Buddhism", "Духовный лидер тибетских буддистов"},
	"grand_imam":            {"religious_leader", "Ezher Şeyhi", "Grand Imam of al-Azhar", "Верховный имам аль-Азхара"},
	"patriarch_armenian":    {"religious_leader", "Türkiye Ermenileri Patriği", "Armenian Patriarch of Constantinople", "Армянский патриарх Константинополя"},
	"vicar_armenian":        {"religious_leader", "Türkiye Ermenileri Patrik Genel Vekili", "Acting Armenian Patriarch of Constantinople", "Местоблюститель армянского патриаршего престола Константинополя"},
	"rabbi_ashkenazi":       {"religious_leader", "İsrail Aşkenaz Başhahamı", "Ashkenazi Chief Rabbi of Israel", "Главный ашкеназский раввин Израиля"},
	"rabbi_sephardi":        {"religious_leader", "İsrail Sefarad Başhahamı", "Sephardi Chief Rabbi of Israel", "Главный сефардский раввин Израиля"},
	"rabbi_turkey":          {"religious_leader", "Türkiye Hahambaşı", "Chief Rabbi of Turkey", "Главный раввин Турции"},
	"sbc_president":         {"religious_leader", "Güney Baptist Konvansiyonu Başkanı", "President of the Southern Baptist Convention", "Президент Южной баптистской конвенции"},
	"lds_president":         {"religious_leader", "İsa Mesih'in Son Zaman Azizler Kilisesi Başkanı", "President of The Church of Jesus Christ of Latter-day Saints", "Президент Церкви Иисуса Христа святых последних дней"},
}

// famousClubs are the clubs of set ucl2019 (the Champions League round of
// 16 of 2019-20): each club's name in Turkish and English news, and in
// Russian as it follows "Футболист" (genitive where it declines). A row's
// role "footballer@chelsea" or "coach@chelsea" says the club, so that the
// role reads "Chelsea footballer" rather than "Footballer".
var famousClubs = map[string][3]string{
	"atalanta":   {"Atalanta", "Atalanta", "«Аталанты»"},
	"atletico":   {"Atletico Madrid", "Atlético Madrid", "«Атлетико Мадрид»"},
	"barcelona":  {"Barcelona", "Barcelona", "«Барселоны»"},
	"bayern":     {"Bayern Münih", "Bayern Munich", "«Баварии»"},
	"dortmund":   {"Borussia Dortmund", "Borussia Dortmund", "дортмундской «Боруссии»"},
	"chelsea":    {"Chelsea", "Chelsea", "«Челси»"},
	"juventus":   {"Juventus", "Juventus", "«Ювентуса»"},
	"liverpool":  {"Liverpool", "Liverpool", "«Ливерпуля»"},
	"lyon":       {"Lyon", "Lyon", "«Лиона»"},
	"mancity":    {"Manchester City", "Manchester City", "«Манчестер Сити»"},
	"napoli":     {"Napoli", "Napoli", "«Наполи»"},
	"psg":        {"Paris Saint-Germain", "Paris Saint-Germain", "«Пари Сен-Жермен»"},
	"leipzig":    {"RB Leipzig", "RB Leipzig", "«РБ Лейпциг»"},
	"realmadrid": {"Real Madrid", "Real Madrid", "мадридского «Реала»"},
	"tottenham":  {"Tottenham", "Tottenham Hotspur", "«Тоттенхэма»"},
	"valencia":   {"Valencia", "Valencia", "«Валенсии»"},
}

// famousRoleOf returns the role a row's key names: a key of famousRoles,
// or "footballer@club" or "coach@club" for a club of famousClubs.
func famousRoleOf(key string) (famousRole, bool) {
	kind, club, ok := strings.Cut(key, "@")
	if !ok {
		r, ok := famousRoles[key]
		return r, ok
	}
	c, ok := famousClubs[club]
	switch {
	case !ok:
		return famousRole{}, false
	case kind == "footballer":
		return famousRole{"athlete", c[0] + " futbolcusu", c[1] + " footballer", "Футболист " + c[2]}, true
	case kind == "coach":
		return famousRole{"coach", c[0] + " teknik direktörü", c[1] + " head coach", "Главный тренер " + c[2]}, true
	}
	return famousRole{}, false
}

// famousSets are the table's sets, in the order it lists them.
var famousSets = []string{
	"oscar91", "oscar92", "globes76", "emmys71", "grammy61", "grammy62", "billboard2019",
	"celebrity100", "time100", "ballondor", "ballondor_women", "atp", "wta", "owgr", "f1",
	"nobel", "time_poy", "religion2019", "billionaires", "ucl2019",
	"media2019", "coaches2019", "sport2019",
}

// famousSource is the source attribute of the table's entries; assignPriors
// ranks them by it.
const famousSource = "famous2019"

// buildFamous adds the table's people once every place and organization is
// in. A name another entry has (a place's, a club's) or a one-word name
// that is a frequent Turkish word fails the build: the table's author
// decides (the header's rules keep such names out).
func buildFamous(s src, g *gazetteer, log io.Writer) error {
	rows, err := readCurated("famous2019.tsv", 5)
	if err != nil {
		return err
	}
	freq, err := loadTurkishFreq(s)
	if err != nil {
		return err
	}
	return addFamous(g, rows, freq, log)
}

// addFamous adds rows (set, role, tr, en, ru names) to g.
func addFamous(g *gazetteer, rows [][]string, freq turkishFreq, log io.Writer) error {
	taken := indexNames(g, "")
	added, merged := 0, 0
	for _, r := range rows {
		en := strings.Split(r[3], "|")
		id := "varlik:person:" + slug(en[0])
		if !slices.Contains(famousSets, r[0]) {
			return fmt.Errorf("curated/famous2019.tsv: %s: unknown set %q", id, r[0])
		}
		role, ok := famousRoleOf(r[1])
		if !ok {
			return fmt.Errorf("curated/famous2019.tsv: %s: unknown role %q", id, r[1])
		}
		e := g.byID[id]
		switch {
		case e != nil && e.typ != "PERSON":
			return fmt.Errorf("curated/famous2019.tsv: %s is a %s", id, e.typ)
		case e != nil:
			merged++
		default:
			e = newEntry(id, "PERSON", role.subtype, 0) // prior: assignPriors
			e.attrs["role"], e.attrs["role_en"], e.attrs["role_ru"] = role.tr, role.en, role.ru
			e.attrs["source"] = famousSource
			if err := g.add(e); err != nil {
				return err
			}
			added++
		}
		for i, lang := range []string{"tr", "en", "ru"} {
			for _, n := range strings.Split(r[2+i], "|") {
				if n == "" {
					continue
				}
				if err := famousNameFree(taken, freq, e, n); err != nil {
					return fmt.Errorf("curated/famous2019.tsv: %s: %w", id, err)
				}
				e.addName(lang, n)
			}
		}
	}
	fmt.Fprintf(log, "famous2019: %d people added, %d rows merged\n", added, merged)
	return nil
}

// famousNameFree returns an error when n belongs to another entry, or is
// one word that is a frequent Turkish word.
func famousNameFree(taken nameIndex, freq turkishFreq, e *entry, n string) error {
	if o := taken.otherNamed(n, e); o != nil {
		return fmt.Errorf("%q is also %s's name", n, o.id)
	}
	if !strings.Contains(n, " ") && commonName(freq, n) {
		return fmt.Errorf("%q is a Turkish word", n)
	}
	return nil
}
