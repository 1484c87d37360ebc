package link

import "strings"

// pinyinSyllables are the syllables of Hanyu Pinyin without tone marks,
// ü written u or v: the Latin spelling of Chinese names, which Russian
// writes by the Palladius system (Jiangshan, Цзяншань; Qinhuangdao,
// Циньхуандао; Rizhao, Жичжао).
var pinyinSyllables = func() map[string]bool {
	set := map[string]bool{}
	for _, s := range strings.Fields(`a ai an ang ao
	ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu
	ca cai can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang
	chui chun chuo ci cong cou cu cuan cui cun cuo
	da dai dan dang dao de dei den deng di dian diao die ding diu dong dou du duan dui dun duo
	e ei en eng er fa fan fang fei fen feng fo fou fu
	ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo
	ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo
	ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun
	ka kai kan kang kao ke ken keng kong kou ku kua kuai kuan kuang kui kun kuo
	la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu luan lun luo lv lue lve
	ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu
	na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nue nve
	o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu
	qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun
	ran rang rao re ren reng ri rong rou ru ruan rui run ruo
	sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang
	shui shun shuo si song sou su suan sui sun suo
	ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo
	wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun
	ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun
	za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai
	zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo`) {
		set[s] = true
	}
	return set
}()

// pinyinSyllableCount returns the fewest pinyin syllables a folded word
// is made of, its parts between apostrophes each whole syllables (Xi'an),
// or 0 when it is not such a word. As pinyin writes them, a syllable
// that starts with a vowel opens a word or a part: after another syllable
// pinyin writes an apostrophe before it (Xi'an, not Xian).
func pinyinSyllableCount(w string) int {
	count := 0
	for part := range strings.SplitSeq(w, "'") {
		n := pinyinPartSyllables(part)
		if n == 0 {
			return 0
		}
		count += n
	}
	return count
}

// pinyinPartSyllables returns the fewest pinyin syllables s splits into,
// none but the first starting with a vowel, or 0 when it splits into none.
func pinyinPartSyllables(s string) int {
	const longest = len("zhuang")
	if s == "" || len(s) > 8*longest {
		return 0
	}
	// fewest[i] is the fewest syllables s[:i] splits into, 0 for none.
	var buf [8*longest + 1]int
	fewest := buf[:len(s)+1]
	for i := 1; i <= len(s); i++ {
		for n := 1; n <= longest && n <= i; n++ {
			if j := i - n; (j == 0 || fewest[j] > 0 && !isVowel(s[j])) && pinyinSyllables[s[j:i]] && (fewest[i] == 0 || fewest[j]+1 < fewest[i]) {
				fewest[i] = fewest[j] + 1
			}
		}
	}
	return fewest[len(s)]
}

// pinyinNG drops, in place, the g of each ng before a consonant in b,
// the letters of a word of pinyin (see isPinyinWord): Russian writes a
// syllable's final ng н (Jiangshan, Цзяншань; Qingdao, Циндао; Guangde,
// Гуандэ), where an English ng before a consonant is нг (Washington,
// Вашингтон; Kingston, Кингстон), which is kept for any other word. A
// final ng is finalNG's. Of the 10,297 gazetteer entries with English and
// Russian names, those whose name IDs agree 8,656 → 8,753: 109 joined,
// Chinese places all; 12 parted, where the gazetteer's Russian keeps the
// г (Tongling, Тонглинг; Ningde, Нингде) or the word is not Chinese
// (Langsa, Лангса; Angren, Ангрен); entry pairs newly sharing a name ID
// 137 (Chinese places of two or three consonants), no longer sharing 92;
// crosslingual dev unchanged. Pinyin's other letters Russian writes apart
// were tried and dropped: its q (ц, Qingdao) and a medial x (с) keyed s
// joined 43 more gazetteer pairs but parted Xherdan Shaqiri and Maxine
// Waters (Шакири, Максин) on crosslingual dev, whose words split into
// pinyin syllables as well; its r (ж) and wu (у) parted more pairs than
// they joined (Riga, Tirana, Semarang).
func pinyinNG(b []byte) []byte {
	out := 0
	for i, c := range b {
		if c == 'g' && i > 0 && b[i-1] == 'n' && i+1 < len(b) && !isVowel(b[i+1]) {
			continue
		}
		b[out] = c
		out++
	}
	return b[:out]
}

// isPinyinWord reports whether a folded word of a name is spelt in pinyin:
// two syllables of it or more, one of them with a letter group that
// pinyin writes and English and Turkish words seldom do (see
// pinyinMarks). Syllables alone let in Kongresi (kong-re-si), the Turkish
// congress, and surnames (Henningsen, Dingle, Langman), whose ng then keyed
// apart from their other spellings'.
func isPinyinWord(w string) bool {
	return hasPinyinMark(w) && pinyinSyllableCount(w) >= 2
}

// pinyinMarks are letter groups of pinyin syllables that mark a word as
// pinyin: the initials zh, ch, sh, q and x, the syllables yang, ying, yong
// and jing, and the finals eng, iang, uang, iong, ao, ou, ui, uo, ian and uan
// (Jiangshan, Qinhuangdao, Guangde, Dongguan, Dengfeng, Dangyang,
// Jinggangshan). Of the gazetteer's non-Chinese words that split into pinyin
// syllables with an ng before a consonant (Kongresi, Semarang, Padang,
// Cibinong, Angren), which Russian writes with нг, these groups let in few.
var pinyinMarks = []string{"zh", "ch", "sh", "q", "x", "yang", "ying", "yong", "jing",
	"eng", "iang", "uang", "iong", "ao", "ou", "ui", "uo", "ian", "uan"}

func hasPinyinMark(w string) bool {
	for _, m := range pinyinMarks {
		if strings.Contains(w, m) {
			return true
		}
	}
	return false
}
