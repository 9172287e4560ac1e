"""Stop words per language, already folded the way `analysis.fold` folds words.

Short lists of the commonest function words (after the Snowball project's lists). They are dropped
from queries that also contain other words, never from the index: a query made only of stop words
("the who", "qui") still finds something.
"""

STOP_WORDS = {
    "en": """
        a an and are as at be been but by can could did do does for from had has have he
        her his how i if in into is it its itself me my no nor not of on or our she so
        such than that the their them then there these they this those to too up us was
        we were what when where which while who whom why will with would you your s t
    """,
    "fr": """
        a ai au aux avec c ce ces cet cette d dans de des du elle elles en est et etait
        eu il ils j je l la le les leur leurs lui m ma mais me mes moi mon n ne nos
        notre nous on ont ou par pas pour qu que qui s sa sans se ses son sont sur t ta
        te tes toi ton tu un une vos votre vous y
    """,
    "es": """
        a al algo como con contra cual cuando de del desde donde e el ella ellas ellos
        en entre era es esa esas ese eso esos esta estan estas este esto estos fue ha
        han hay la las le les lo los mas me mi mis muy ni no nos o os para pero por
        porque que se sea ser si sin sobre son su sus tambien te tiene tu tus un una uno
        unos y ya yo
    """,
    "pt": """
        a ao aos as com como da das de do dos e ela elas ele eles em entre era esta
        estao este eu foi ha isso isto ja lhe mais mas me mesmo meu minha muito na nas
        nao nem no nos o os ou para pela pelas pelo pelos por qual quando que quem se
        sem ser seu seus so sua suas tambem te tem um uma voce
    """,
    "ru": """
        а без бы был была были было в вам вас во вот все всё вы где да даже для до его
        ее её если есть еще ещё же за и из или им их к как ко когда кто ли либо мне мы
        на над не него нее неё нет ни них но ну о об он она они оно от по под при с со
        так также там то тоже только ты у уже чем что чтобы это эти этот я
    """,
    "ar": """
        ان او اي الا التي الذي الذين الي الى الي ان انا انت انه ب بعد بين تلك ثم حتي حيث
        ذلك عليه علي عن عند فان في قد كان كانت كل كما لا لم لن له لها ما مع من منذ منها
        هذا هذه هو هي و وان وكان ولا ومن يا
    """,
}


def stop_words(language):
    """The stop words of a base language code ("en", "fr"...), as a frozenset of folded words."""
    return _SETS.get(language, frozenset())


_SETS = {code: frozenset(words.split()) for code, words in STOP_WORDS.items()}
