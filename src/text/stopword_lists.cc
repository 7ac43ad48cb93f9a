// Closed-class word lists per language, written for precis (function words: articles,
// pronouns, auxiliaries, prepositions, conjunctions, common adverbs). Used to keep stopword-only
// concepts out of summaries and to down-weight them in clustering.
#include <string_view>

namespace precis {

struct StopwordSource {
  std::string_view lang;
  std::string_view words;  // white-space separated, lower case
};

extern const StopwordSource kStopwordSources[];
extern const size_t kStopwordSourceCount;

const StopwordSource kStopwordSources[] = {
    {"en",
     "a about above across after afterwards again against ago all almost alone along already "
     "also although always am among amongst an and another any anybody anyhow anyone anything "
     "anyway anywhere are around as at back be became because become becomes becoming been "
     "before beforehand behind being below beside besides between beyond both but by can cannot "
     "could did do does doing done down during each either else elsewhere enough etc even ever "
     "every everyone everything everywhere except few for former formerly from further had has "
     "have having he hence her here hereafter hereby herein hers herself him himself his how "
     "however i ie if in indeed instead into is it its itself just last latter least less many "
     "may me meanwhile might mine more moreover most mostly much must my myself namely neither "
     "never nevertheless next no nobody none noone nor not nothing now nowhere of off often on "
     "once one only onto or other others otherwise our ours ourselves out over own per perhaps "
     "rather said same says say shall she should since so some somehow someone something "
     "sometime sometimes somewhere still such than that the their theirs them themselves then "
     "thence there thereafter thereby therefore therein thereupon these they this those though "
     "through throughout thru thus to together too toward towards under until up upon us very "
     "via was we well were what whatever when whence whenever where whereafter whereas whereby "
     "wherein whereupon wherever whether which while whither who whoever whole whom whose why "
     "will with within without would yet you your yours yourself yourselves mr mrs ms dr "
     "s t don didn doesn isn wasn weren hasn haven hadn won wouldn couldn shouldn can't don't "
     "it's he's she's that's there's i'm i've i'd i'll you're we're they're we've they've "
     "also get got gets getting make made makes let lets like new"},
    {"fr",
     "a à au aux avec ce ces cet cette dans de des du elle elles en et eux il ils je la le les "
     "leur leurs lui ma mais me même mes moi mon ne nos notre nous on ou où par pas pour qu que "
     "qui sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l m n s t y été "
     "être avoir ai as avons avez ont est sont était étaient sera seront fait faire plus moins "
     "très aussi comme si tout tous toute toutes cela ça ceci celle celui ceux dont lors après "
     "avant depuis pendant sans sous entre vers chez contre selon ainsi alors donc car or ni"},
    {"de",
     "aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei bin "
     "bis bist da damit dann das dass dem den der des dessen die dies diese diesem diesen dieser "
     "dieses doch dort du durch ein eine einem einen einer eines er es etwas euch euer für gegen "
     "hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer im in ins ist "
     "ja jede jedem jeden jeder jedes jetzt kann kein keine können man manche mein meine mit muss "
     "nach nicht nichts noch nun nur ob oder ohne sehr sein seine seinem seinen seiner sich sie "
     "sind so solche soll sondern über um und uns unser unter viel vom von vor war waren was "
     "weil welche wenn wer werden wie wieder will wir wird wo wurde wurden zu zum zur zwischen"},
    {"es",
     "a al algo algunos ante antes como con contra cual cuando de del desde donde durante e el "
     "él ella ellas ellos en entre era eran es esa esas ese eso esos esta estaba estas este esto "
     "estos está están fue fueron ha había han hasta hay la las le les lo los más me mi mis muy "
     "nada ni no nos nosotros o otra otras otro otros para pero poco por porque que quien se "
     "sea ser si sido sin sobre su sus también tanto te tiene tienen todo todos tu tus un una "
     "uno unos y ya yo según tras cada"},
    {"it",
     "a ad al alla alle allo agli ai anche avere aveva che chi ci come con contro cui da dal "
     "dalla dalle degli dei del della delle dello di e è ed era erano essere fra gli ha hanno "
     "i il in io la le lei lo loro lui ma mi nel nella nelle nello noi non o per perché più "
     "quale quando quello questa questo se sempre si sia sono su sua sue sui sul sulla suo "
     "suoi tra tutti tutto un una uno voi anche già stato stata"},
    {"pt",
     "a à ao aos as até com como da das de dela dele do dos e é ela elas ele eles em entre era "
     "essa esse esta este eu foi foram há isso isto já lhe mais mas me mesmo meu minha muito na "
     "nas não no nos o os ou para pela pelas pelo pelos por qual quando que quem se sem ser seu "
     "sua são também te tem têm um uma umas uns vai você sobre após"},
    {"nl",
     "aan al als bij dan dat de der deze die dit doch door een en er had heb hebben heeft hem "
     "het hij hoe hun ik in is ja je kan kon maar me meer men met mij mijn na naar niet niets "
     "nog nu of om omdat ons ook op over reeds te tegen toch toen tot u uit van veel voor want "
     "was wat we wel werd wie wij wordt worden zal ze zei zelf zich zij zijn zo zonder zou"},
    {"ru",
     "а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да "
     "даже для до его ее ей ему если есть еще же за здесь и из или им их к как когда кто ли "
     "либо мне может мы на над надо не него нее нет ни них но ну о об однако он она они оно от "
     "очень по под при с со так также такой там те тем то того тоже той только том ты у уже "
     "хотя чего чей чем что чтобы эта эти это этот я"},
    {"cs",
     "a aby ale ani ano asi až bez bude budou by byl byla byli bylo být co či další do ho i jak "
     "jako je jeho jej její jejich jen jenž ještě již jsem jsou jste k kde kdy když která které "
     "který kteří ku má mají mezi mi mně mu my na nad nám nás ne nebo není než o od on ona oni "
     "ono po pod podle pokud pro proti při s se si své svých ta tak také takže tam te tedy ten "
     "to tom tomu tu tuto ty u už v ve však všech z za ze že"},
    {"el",
     "και το η ο οι τα του της των τον την σε με για από στο στη στην στον στα στις στους ένα "
     "μια ένας είναι ήταν θα να δεν μη μην που ως αλλά ή αν όταν όπως επίσης πολύ μετά πριν "
     "αυτό αυτή αυτός αυτά αυτές αυτοί τους τις κατά προς χωρίς έχει έχουν είχε"},
    {"ar",
     "في من على إلى عن مع هذا هذه ذلك تلك التي الذي الذين أن إن كان كانت لم لن قد ثم أو و لا ما "
     "هو هي هم كما بعد قبل بين حتى إذا عند كل أي غير بها به له لها منذ خلال حيث"},
    {"he",
     "של את על עם זה זו הוא היא הם הן אני אתה היה היתה היו לא כי או גם אבל רק כל מה מי אם "
     "כמו אשר לפני אחרי בין עד יותר כך אל מן"},
    {"hi",
     "का के की को में से है हैं था थी थे और या पर भी ने कि यह वह इस उस एक तो ही हो होता "
     "होती गया गई किया कर रहा रही रहे लिए साथ तक जो"},
};
const size_t kStopwordSourceCount = sizeof(kStopwordSources) / sizeof(kStopwordSources[0]);

}  // namespace precis
