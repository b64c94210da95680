package jobborders

import (
	"net/url"
	"strings"
	"testing"

	"github.com/computeatlas/atlas/app/widget"
	"github.com/computeatlas/atlas/app/widget/widgettest"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func realData(t *testing.T) *Data { return widgettest.Data(t, Spec).(*Data) }

// The answers at each date boundary the rows draw: the rule and its
// enforcement are separate rows, and a day either side differs.
func TestJudgeAtEachBoundary(t *testing.T) {
	d := realData(t)
	for _, c := range []struct {
		q       State
		verdict string
		rules   []string // ids that must apply (in order)
	}{
		{State{"pretrain", "cn", "buy", "cn", "2022-10-06", true}, "unsettled", nil},
		{State{"pretrain", "cn", "buy", "cn", "2022-10-07", true}, "licence", []string{"us-export-china"}},
		{State{"pretrain", "cn", "buy", "my", "2023-11-16", true}, "unsettled", nil},
		{State{"pretrain", "cn", "buy", "my", "2023-11-17", true}, "licence", []string{"us-china-hq"}},
		// Inside the US a sale is not an export: the rule for buyers
		// headquartered in China is about firms outside China abroad.
		{State{"pretrain", "cn", "buy", "us", "2023-11-17", true}, "unsettled", nil},
		{State{"pretrain", "cn", "buy", "my", "2025-07-13", true}, "licence", []string{"us-china-hq"}},
		{State{"pretrain", "cn", "buy", "my", "2025-07-14", true}, "licence", []string{"us-china-hq", "malaysia-permit"}},
		{State{"pretrain", "other", "buy", "ae", "2023-11-16", true}, "unsettled", nil},
		{State{"pretrain", "other", "buy", "ae", "2023-11-17", true}, "licence", []string{"us-gulf"}},
		{State{"pretrain", "other", "buy", "sg", "2025-01-12", true}, "unsettled", []string{"tier2-buy"}},
		{State{"pretrain", "other", "buy", "sg", "2025-01-13", true}, "unsettled", []string{"tier2-buy", "diffusion-rule"}},
		{State{"pretrain", "other", "buy", "sg", "2025-05-12", true}, "unsettled", []string{"tier2-buy", "diffusion-rule"}},
		{State{"pretrain", "other", "buy", "sg", "2025-05-13", true}, "unsettled", []string{"tier2-buy"}},
		{State{"pretrain", "cn", "rent", "my", "2025-05-12", true}, "unsettled", []string{"rent-cn-abroad"}},
		{State{"pretrain", "cn", "rent", "my", "2025-05-13", true}, "unsettled", []string{"rent-cn-abroad", "cloud-red-flag"}},
		{State{"pretrain", "cn", "buy", "sg", "2026-05-30", true}, "licence", []string{"us-china-hq"}},
		{State{"pretrain", "cn", "buy", "sg", "2026-05-31", true}, "licence", []string{"us-china-hq", "us-hq-guidance"}},
		{State{"pretrain", "cn", "rent", "sg", "2026-01-11", true}, "unsettled", []string{"rent-cn-abroad", "cloud-red-flag"}},
		{State{"pretrain", "cn", "rent", "sg", "2026-01-12", true}, "unsettled", []string{"rent-cn-abroad", "remote-access-bill", "cloud-red-flag"}},
		{State{"pretrain", "cn", "rent", "sg", "2026-05-31", true}, "unsettled", []string{"rent-cn-abroad", "remote-access-bill", "guidance-not-renting", "cloud-red-flag"}},
		{State{"finetune", "cn", "buy", "sg", "2026-07-01", true}, "licence+permit", []string{"us-china-hq", "us-hq-guidance", "china-data-export"}},
		{State{"finetune", "other", "rent", "my", "2026-07-01", true}, "permit+unsettled", []string{"rent-other", "china-data-export"}},
		{State{"finetune", "other", "rent", "us", "2026-07-01", true}, "permit", []string{"us-domestic", "china-data-export"}},
		{State{"finetune", "cn", "rent", "cn", "2026-07-01", true}, "unsettled", nil},
		{State{"serve-cn", "other", "rent", "sg", "2026-07-01", true}, "unsettled", []string{"rent-other", "serve-china-abroad"}},
		{State{"serve-abroad", "other", "rent", "us", "2026-07-01", true}, "allowed", []string{"us-domestic"}},
		{State{"pretrain", "other", "buy", "cn", "2026-01-13", true}, "licence", []string{"us-export-china", "china-state-dc"}},
		{State{"pretrain", "other", "buy", "cn", "2026-01-14", true}, "licence", []string{"us-export-china", "china-state-dc", "china-h200"}},
	} {
		v, rules := d.Judge(c.q)
		var ids []string
		for _, r := range rules {
			ids = append(ids, r.ID)
		}
		if v != c.verdict || strings.Join(ids, ",") != strings.Join(c.rules, ",") {
			t.Errorf("%+v: %s by %v, want %s by %v", c.q, v, ids, c.verdict, c.rules)
		}
	}
}

// Every combination on every date a row starts or ends gets a verdict
// that follows from its rows: never "allowed" beside a licence, never a
// settled verdict with no row that settles it.
func TestEveryCombinationFollowsItsRows(t *testing.T) {
	d := realData(t)
	dates := []string{"2022-10-07", "2026-07-01"}
	for _, r := range d.Rules {
		for _, x := range []string{r.From, r.Until} {
			if x != "" {
				dates = append(dates, x)
			}
		}
	}
	unsettled, partly := 0, 0
	for _, date := range dates {
		for _, j := range job.Values {
			for _, wh := range who.Values {
				for _, c := range chips.Values {
					for _, p := range place.Values {
						s := State{j, wh, c, p, date, true}
						v, rules := d.Judge(s)
						has := map[string]bool{}
						usRow := false
						for _, r := range rules {
							has[r.Answer] = true
							usRow = usRow || r.Answer != "note" && r.Domain == ""
						}
						open := ""
						if has["unsettled"] || !usRow {
							open = "+unsettled"
						}
						want := "unsettled"
						switch {
						case has["banned"]:
							want = "banned"
						case has["licence"] && has["permit"]:
							want = "licence+permit"
						case has["licence"]:
							want = "licence" + open
						case has["permit"]:
							want = "permit" + open
						case has["unsettled"]:
							want = "unsettled"
						case has["allowed"]:
							want = "allowed"
						}
						if v != want {
							t.Errorf("%+v: %s, want %s from %v", s, v, want, has)
						}
						if date == "2026-07-01" && v == "unsettled" {
							unsettled++
						}
						if date == "2026-07-01" && strings.HasSuffix(v, "+unsettled") {
							partly++
						}
					}
				}
			}
		}
	}
	t.Logf("as of 2026-07-01: %d of %d questions not settled by our sources, %d more settled only in part", unsettled, len(job.Values)*len(who.Values)*len(chips.Values)*len(place.Values), partly)
}

// The widget renders the verdict and the rows, with links that keep the
// page's date, and says it is not legal advice.
func TestRenderAnswersTheQuestion(t *testing.T) {
	q, _ := url.ParseQuery("date=2024-01-01&job-borders.chips=buy")
	in := widgettest.Input(t, Spec, "en", q)
	in.ID, in.Prefixed, in.Path, in.Standalone = "job-borders", true, "/en/s", false
	in.Dates = widget.Dates{Events: []string{"2022-10-07", "2023-11-17", "2026-07-01"}, AsOf: "2026-07-02", AsOfTxt: "early July 2026"}
	html := app.HTMLString(Render(in))
	for _, want := range []string{
		`data-state="chips=buy&date=2023-11-17&job=pretrain&place=my&who=cn"`,
		"Needs a US licence",
		"Licence for China-headquartered buyers anywhere",
		"since 17 November 2023",
		"not legal advice",
		"Singapore: Needs a US licence",
		"China: Needs a US licence",
		`href="/en/s?date=2023-11-17&job-borders.chips=rent&job-borders.job=pretrain&job-borders.place=my&job-borders.who=cn#job-borders"`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("lacks %s", want)
		}
	}
	if d := Describe(in); !strings.Contains(d, "17 November 2023") || !strings.Contains(d, "Malaysia") || !strings.Contains(d, "Needs a US licence") {
		t.Errorf("Describe: %s", d)
	}
}
