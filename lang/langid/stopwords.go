package langid

// stopwords are frequent function words of the built-in languages, chosen
// to be rare in the others (no Turkish "on", which is common English; no
// English "bin" or "ne"). They are facts of the languages, not data from a
// corpus.
var stopwords = map[string]string{
	"tr": `ve ile bir bu şu da de ki mi mı mu mü için gibi kadar daha çok en ama ancak
		fakat ise veya ya hem ne o onun bunu buna şöyle böyle olarak olan olduğu olduğunu
		oldu olur olması değil var yok evet hayır her hiç tüm bütün sonra önce göre
		karşı arasında üzerinde içinde tarafından ayrıca ilk iki üç dört beş altı yedi
		sekiz dokuz yüz bin milyon milyar yüzde yeni büyük dedi diye etti eden yaptı
		ilgili teşekkürler tamam şimdi bugün yarın dün çünkü nasıl neden kim hangi`,
	"en": `a the of and to is was for that with as by at from it its he she they we you
		his their our has have had be been are were will would said says not but
		or an this these those which who whom after about also than more over yes
		thank thanks there when what where why how because into during before could
		should can did does do just only very`,
	"ru": `и в не на что с по к о из за от у для как это он она они был была было были
		также который которые которых года заявил сказал но или же бы ли уже еще
		только все его ее их при после между`,
}

// clitics are what follows an apostrophe in the built-in languages: the
// Turkish case and copula endings written after a proper name, and the
// English contractions and possessive.
var clitics = map[string]string{
	"tr": `a e ya ye na ne ı i u ü yı yi yu yü nı ni nu nü ın in un ün nın nin nun nün
		da de ta te nda nde dan den tan ten ndan nden la le yla yle dır dir dur dür
		tır tir tur tür daki deki taki teki ndaki ndeki lı li lu lü lar ler ları leri
		ların lerin sı si su sü yken`,
	"en": `s t ll re ve d m`,
}
