"""What a frame makes of the event below it, in CAMEO's terms.

- a violent act announced for the future by its own side is a threat (138), and so is
  a protest, sanction or coercion announced or planned (131-137);
- a cooperative act someone agrees, pledges, is ready to do or will do is an intent (03x);
- a cooperative act someone refuses to do or cancels is a rejection (12x);
- "X said Y must/should do Z" is X's demand on Y (10x).
"""
from __future__ import annotations

from typing import Optional

from ..models import Actor, Attribution
from .frames import Frame
from .status import REFUSE_VERBS

VIOLENT_ROOTS = {"18", "19", "20"}
COOPERATIVE_ROOTS = {"03", "04", "05", "06", "07", "08"}
THREAT_FRAMES = {"vow", "threaten", "warn", "pledge", "promise", "want", "intend", "seek"}
APPEAL_FRAMES = {"ask", "urge", "call", "appeal", "request", "demand", "press", "pressure",
                 "push", "invite", "plead", "beg", "implore", "lobby", "petition", "tell"}
INTENT_FRAMES = {"agree", "pledge", "promise", "offer", "vow", "commit", "willing", "ready",
                 "prepared", "plan", "intend", "aim", "want", "seek", "determine", "hope"}
REFUSE_FRAMES = REFUSE_VERBS | {"cancel", "scrap", "abandon"}  # the words refusing it, or
# calling off what was agreed
# Protests, sanctions and coercion announced for the future are threats of them (131-137).
COERCIVE_ROOTS = {"14", "16", "17"}
# (a pledge to expel is a commitment made to someone, not a threat)
ANNOUNCE_FRAMES = THREAT_FRAMES - {"pledge", "promise"} | {"plan", "prepare", "prepared",
                                                          "ready"}
THREAT_CODE = {"14": "133", "16": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134",
               "165": "135", "166": "136", "17": "137", "172": "132", "1721": "1321",
               "1722": "1322", "1723": "1323", "1724": "1324"}
# Root (or full code) of the act -> the code of intending, refusing or demanding it.
INTENT_CODE = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035",
               "0841": "0353", "0871": "0356", "0872": "0356", "046": "036", "057": "030"}
REFUSE_CODE = {"04": "125", "05": "120", "06": "121", "07": "122", "08": "124",
               "0841": "1243", "057": "127", "03": "120"}
DEMAND_CODE = {"04": "106", "06": "101", "07": "103", "08": "105", "0841": "1053",
               "0871": "1056", "0872": "1056", "057": "107"}


def _lookup(table: dict, code: str, default: str) -> str:
    return table.get(code) or table.get(code[:3]) or table.get(code[:2]) or default


def as_threat(frame: Frame, info, attribution: Optional[Attribution]) -> Frame:
    if frame.status not in ("hypothetical", "planned"):
        return frame
    if frame.root in COERCIVE_ROOTS:
        if info.frame in ANNOUNCE_FRAMES or info.modal_future:  # "plans to impose curbs"
            return frame.with_(code=_lookup(THREAT_CODE, frame.code, "130"))
        return frame
    if frame.root not in VIOLENT_ROOTS:
        return frame
    own_side = attribution is not None and frame.source is not None and (
        attribution.code is None or frame.source.country is None or
        attribution.code.startswith(frame.source.country))
    vowed = info.frame in THREAT_FRAMES
    if vowed or (info.modal_future and own_side):
        return frame.with_(code="138", status="reported" if attribution and not vowed
                           else "asserted")
    return frame


def as_intent_or_refusal(frame: Frame, info, attribution: Optional[Attribution]) -> Frame:
    stated = "reported" if attribution else "asserted"
    if frame.status == "planned" and _done_by_saying(frame, info.frame):
        return frame.with_(status=stated)
    if frame.root not in COOPERATIVE_ROOTS or frame.code.startswith("03"):
        return frame
    if frame.status == "planned" and (info.frame in INTENT_FRAMES or info.modal_future):
        return frame.with_(code=_lookup(INTENT_CODE, frame.code, "030"), status=stated)
    refused = info.frame in REFUSE_FRAMES or info.modal_future  # "would not provide"
    if refused and frame.status == "negated":
        return frame.with_(code=_lookup(REFUSE_CODE, frame.code, "120"), status=stated)
    return frame


def _done_by_saying(frame: Frame, frame_word: Optional[str]) -> bool:
    """Pledging support gives it ('pledged full support for X': 05), and so does offering
    condolences or an apology (not 'offered to mediate'); agreeing a deal concludes it
    ('agreed a free trade agreement': 057, not 'agreed to sign a deal')."""
    return frame.root == "05" and frame_word in ("pledge", "promise") or \
        frame.root in ("01", "05") and frame_word == "offer" and frame.nominal or \
        frame.code[:3] == "057" and frame_word == "agree" and frame.nominal


def as_demand(frame: Frame, info, speaker: Optional[Actor]) -> Frame:
    """'Russia says Israel must end attacks': Russia demands something of Israel."""
    if not info.obligation or speaker is None or frame.source is None:
        return frame
    if (speaker.code or speaker.text) == (frame.source.code or frame.source.text):
        return frame
    code = _lookup(DEMAND_CODE, frame.code, "100")
    return frame.with_(code=code, source=speaker, target=frame.source, status="reported")
