package diffusionmap

import "github.com/computeatlas/atlas/app/widget"

// text holds the widget's own words in one language.
type text struct {
	title, rule, tiers, h20, data, show, hide, table, credit, legend string
	who, route, inView, why, sources, capLabel                       string
	tierLegend                                                       [4]string
	status                                                           map[string]string
	conf                                                             map[string]string
	describe                                                         describeText
}

type describeText struct {
	intro, abroad, blocked, open, rising, home, gulf, data, tiers string
}

var words = map[string]text{
	"en": {
		title:    "Where Chinese AI training goes",
		rule:     "US diffusion rule",
		tiers:    "Tiers",
		h20:      "Nvidia H20",
		data:     "Customer data",
		show:     "Show",
		hide:     "Hide",
		table:    "The flows as a table",
		credit:   "Map: Natural Earth (public domain). Arcs show reported patterns, not measured volumes.",
		legend:   "Moving arc: training abroad, reported or possible; thicker after the H20 licence requirement. Grey arc with ×: what the rule as written would have blocked, in the Financial Times' reading (a counterfactual). Dotted arc: reported cloud expansion, training not confirmed. Ring: training at home; outer ring: fine-tuning on customers' data.",
		who:      "Who",
		route:    "From → to",
		inView:   "In this view",
		why:      "What the sources say",
		sources:  "Sources",
		capLabel: "Tier 2 cap under the rule: about %s H100-equivalents per country for 2025–27",
		tierLegend: [4]string{
			"Tier 1: the US and 18 partners (in view: Japan, South Korea, Taiwan)",
			"Tier 2: capped; named in our sources: Singapore, Malaysia, UAE, Saudi Arabia, India, Israel",
			"Tier 3: China, Macau and arms-embargoed countries",
			"Other countries: Tier 2 unless under a US arms embargo (Tier 3); not coloured",
		},
		status: map[string]string{
			"open": "route open", "reported": "reported", "blocked": "would have been blocked (FT's reading)",
			"expansion": "cloud expansion reported", "home": "at home", "data": "stays in China", "none": "not shown",
		},
		conf: map[string]string{"C": "confirmed by several sources", "S": "reported by one original source", "U": "unverified"},
		describe: describeText{
			intro:   "Map of China, Southeast Asia and the Gulf. %s.",
			abroad:  "Alibaba and ByteDance reportedly train their newest models in leased data centres in Singapore and Malaysia (Financial Times, two unnamed sources)%s.",
			blocked: "This is a counterfactual: in the Financial Times' reading, the rule as written would have closed the route to rented data centres in Singapore and Malaysia; the sources we checked do not show how.",
			open:    "US rules controlled chip exports to China, not where Chinese firms rent computing, so the route abroad was open%s.",
			rising:  ", with offshore training reportedly growing since the April 2025 H20 licence requirement",
			home:    "DeepSeek reportedly trains in China on pre-ban Nvidia chips, working with Huawei.",
			gulf:    "Chinese cloud expansion in the Gulf is reported; training there is not confirmed.",
			data:    "Fine-tuning on Chinese customers' private data reportedly stays in China.",
			tiers:   "Countries are coloured by tier.",
		},
	},
	"pl": {
		title:    "Dokąd idzie chiński trening AI",
		rule:     "Amerykańska reguła dyfuzji",
		tiers:    "Grupy krajów",
		h20:      "Nvidia H20",
		data:     "Dane klientów",
		show:     "Pokaż",
		hide:     "Ukryj",
		table:    "Przepływy w tabeli",
		credit:   "Mapa: Natural Earth (domena publiczna). Łuki pokazują opisane wzorce, a nie zmierzone wielkości.",
		legend:   "Ruchomy łuk: trening za granicą, opisany lub możliwy; grubszy po wprowadzeniu licencji na H20. Szary łuk z ×: co według interpretacji Financial Times zablokowałaby reguła w pierwotnym brzmieniu (scenariusz hipotetyczny). Kropkowany łuk: opisana ekspansja chmurowa, trening niepotwierdzony. Pierścień: trening w kraju; zewnętrzny pierścień: dostrajanie na danych klientów.",
		who:      "Kto",
		route:    "Skąd → dokąd",
		inView:   "W tym widoku",
		why:      "Co mówią źródła",
		sources:  "Źródła",
		capLabel: "Limit dla grupy 2 według reguły: około %s odpowiedników H100 na kraj w latach 2025–27",
		tierLegend: [4]string{
			"Grupa 1: USA i 18 partnerów (na mapie: Japonia, Korea Południowa, Tajwan)",
			"Grupa 2: z limitami; wymienione w naszych źródłach: Singapur, Malezja, ZEA, Arabia Saudyjska, Indie, Izrael",
			"Grupa 3: Chiny, Makau i kraje objęte embargiem na broń",
			"Pozostałe kraje: grupa 2, chyba że objęte embargiem USA na broń (grupa 3); bez koloru",
		},
		status: map[string]string{
			"open": "droga otwarta", "reported": "opisane w mediach", "blocked": "byłoby zablokowane (według FT)",
			"expansion": "opisana ekspansja chmurowa", "home": "w kraju", "data": "zostaje w Chinach", "none": "niepokazane",
		},
		conf: map[string]string{"C": "potwierdzone przez kilka źródeł", "S": "jedno źródło pierwotne", "U": "niepotwierdzone"},
		describe: describeText{
			intro:   "Mapa Chin, Azji Południowo-Wschodniej i Zatoki Perskiej. %s.",
			abroad:  "Alibaba i ByteDance mają trenować najnowsze modele w wynajętych centrach danych w Singapurze i Malezji (Financial Times, dwa anonimowe źródła)%s.",
			blocked: "To scenariusz hipotetyczny: według interpretacji Financial Times reguła w pierwotnym brzmieniu zamknęłaby drogę do wynajmowanych centrów danych w Singapurze i Malezji; sprawdzone przez nas źródła nie pokazują, jak miałoby to działać.",
			open:    "Przepisy USA kontrolowały eksport chipów do Chin, a nie to, gdzie chińskie firmy wynajmują moc obliczeniową, więc droga za granicę była otwarta%s.",
			rising:  ", a trening za granicą miał rosnąć od wprowadzenia licencji na H20 w kwietniu 2025",
			home:    "DeepSeek ma według FT trenować w Chinach na chipach Nvidii sprzed zakazów, współpracując z Huaweiem.",
			gulf:    "Opisano ekspansję chińskich chmur w Zatoce; trening nie jest tam potwierdzony.",
			data:    "Dostrajanie na prywatnych danych chińskich klientów ma według FT zostawać w Chinach.",
			tiers:   "Kraje pokolorowano według grup.",
		},
	},
}

func wordsFor(lang string) text { return widget.InLang(words, lang) }
