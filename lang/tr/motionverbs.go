package tr

// motionStems begin the forms of the verbs of going to a place (gitmek:
// gitti, gidecek), coming (gelmek), returning (dönmek: not dönem, a
// period), arriving (ulaşmak, varmak: not var, there is), moving house
// (taşınmak), flying (uçmak: not uç, a tip), taking (götürmek) and
// stopping by (uğramak), folded. A dative name right before one is the
// place gone to (lang.MotionVerbs).
var motionStems = []string{
	"git", "gid", "gel", "döndü", "dönecek", "dönüyor", "dönmüş", "dönüp", "dönerek", "dönmek", "dönüş",
	"ulaş", "vardı", "varacak", "varıyor", "varış", "taşın", "uçtu", "uçacak", "uçuyor", "uçarak", "uçmuş",
	"götür", "uğra",
}

// MotionVerb reports whether norm, a folded word, is a form of a verb of
// going, coming, returning, arriving or moving to a place
// (lang.MotionVerbs): "gidecek", "döndü", "ulaştı".
func (Turkish) MotionVerb(norm string) bool { return motionIndex.startsAny(norm) }
