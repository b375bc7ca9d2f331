"""Draw the exercise illustrations in resources/illustrations/ as plain SVG stick figures.

    python scripts/make_illustrations.py

Every figure shares one scale, stroke and palette: the body in slate, where it starts in
light grey, the working hamstring and the movement in the colour of the session's phase
(hold red, ice teal, move pink, stretch green), equipment in its own colours. Only SVG
Tiny 1.2 features that Qt's renderer draws without a warning: lines, polylines, circles,
rects, polygons; arrowheads are drawn as polygons (no markers). Overwrites the files.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent.parent / "resources" / "illustrations"
Point = tuple[float, float]

SIZE = 240
BACKGROUND, BODY, GHOST, FLOOR = "#F4F6F8", "#37474F", "#B0BEC5", "#90A4AE"
HOLD, ICE, MOVE, STRETCH = "#C62828", "#00838F", "#AD1457", "#2E7D32"
TOWEL, TOWEL_EDGE, PACK, PACK_EDGE = "#FFECB3", "#F9A825", "#B3E5FC", "#0288D1"
BAND, WOOD, CUSHION = "#EF6C00", "#8D6E63", "#CFD8DC"
BODY_W, GHOST_W, ARROW_W = 8, 6, 3.5
HEAD_R, NECK = 13, 6
TORSO, THIGH, SHIN, UPPER_ARM, FOREARM, FOOT = 60, 44, 42, 30, 28, 14


def polar(origin: Point, angle_deg: float, length: float) -> Point:
    """The point `length` away from `origin` at an angle: 0 right, 90 down (SVG axes)."""
    angle = math.radians(angle_deg)
    return (origin[0] + length * math.cos(angle), origin[1] + length * math.sin(angle))


def _pts(points: list[Point]) -> str:
    return " ".join(f"{x:.1f},{y:.1f}" for x, y in points)


class Drawing:
    def __init__(self, title: str) -> None:
        self.title = title
        self.parts: list[str] = []

    def line(self, points: list[Point], color: str, width: float, dash: str = "") -> None:
        dashed = f' stroke-dasharray="{dash}"' if dash else ""
        self.parts.append(
            f'<polyline points="{_pts(points)}" fill="none" stroke="{color}" '
            f'stroke-width="{width}" stroke-linecap="round" stroke-linejoin="round"{dashed}/>'
        )

    def head(self, center: Point, color: str) -> None:
        x, y = center
        self.parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{HEAD_R}" fill="{color}"/>')

    def rect(self, x: float, y: float, w: float, h: float, fill: str, edge: str = "") -> None:
        stroke = f' stroke="{edge}" stroke-width="3"' if edge else ""
        self.parts.append(
            f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="5" fill="{fill}"{stroke}/>'
        )

    def floor(self, y: float, x0: float = 14, x1: float = 226) -> None:
        self.line([(x0, y), (x1, y)], FLOOR, 3)

    def arrow(self, points: list[Point], color: str, both_ends: bool = False) -> None:
        """A dashed path with a solid arrowhead at its end (and its start if asked)."""
        self.line(points, color, ARROW_W, "7 5")
        self._arrowhead(points[-2], points[-1], color)
        if both_ends:
            self._arrowhead(points[1], points[0], color)

    def arc_arrow(self, center: Point, radius: float, start: float, end: float, color: str) -> None:
        steps = max(8, int(abs(end - start) / 4))
        points = [
            polar(center, start + (end - start) * i / steps, radius) for i in range(steps + 1)
        ]
        self.arrow(points, color)

    def _arrowhead(self, before: Point, tip: Point, color: str) -> None:
        direction = math.degrees(math.atan2(tip[1] - before[1], tip[0] - before[0]))
        base = polar(tip, direction + 180, 12)
        corners = [tip, polar(base, direction + 90, 7), polar(base, direction - 90, 7)]
        self.parts.append(f'<polygon points="{_pts(corners)}" fill="{color}"/>')

    def svg(self) -> str:
        body = "\n  ".join(self.parts)
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
            f'width="{SIZE}" height="{SIZE}" viewBox="0 0 {SIZE} {SIZE}">\n'
            f"  <title>{self.title}</title>\n"
            f'  <rect x="0" y="0" width="{SIZE}" height="{SIZE}" rx="16" fill="{BACKGROUND}"/>\n'
            f"  {body}\n</svg>\n"
        )


def figure(d: Drawing, head: Point, chains: list[list[Point]], ghost: bool = False) -> None:
    """A stick figure: each chain is one limb or the trunk, drawn as one polyline."""
    color, width = (GHOST, GHOST_W) if ghost else (BODY, BODY_W)
    for chain in chains:
        d.line(chain, color, width)
    d.head(head, color)


def prone_arms(shoulder: Point) -> list[Point]:
    """Lying face down: elbows on the floor in front of the shoulders, forearms under the chin."""
    elbow = (shoulder[0] - 8, shoulder[1] + 10)
    return [shoulder, elbow, (elbow[0] - FOREARM, elbow[1])]


def ice() -> Drawing:
    d = Drawing("Ice: lying face down, a towel-wrapped ice pack on the back of the thigh")
    d.floor(190)
    hip, shoulder = (120.0, 176.0), (60.0, 176.0)
    knee = polar(hip, 0, THIGH)
    ankle = polar(knee, -6, SHIN)
    d.rect(184, 176, 40, 12, CUSHION)
    figure(d, (40, 174), [[shoulder, hip, knee, ankle, polar(ankle, 80, 12)], prone_arms(shoulder)])
    d.rect(124, 150, 38, 22, TOWEL, TOWEL_EDGE)
    d.rect(131, 155, 24, 12, PACK, PACK_EDGE)
    snow = (143.0, 124.0)
    for angle in (0, 60, 120):
        d.line([polar(snow, angle, 11), polar(snow, angle + 180, 11)], ICE, 3.5)
    return d


def bridge_hold() -> Drawing:
    d = Drawing(
        "Bridge hold: lying on the back, feet flat, hips lifted to a straight line "
        "from shoulders to knees"
    )
    d.floor(190)
    slope = -22
    shoulder = (60.0, 180.0)
    hip = polar(shoulder, slope, TORSO)
    knee = polar(hip, slope, THIGH)
    ankle = (knee[0] + 9, 182.0)
    figure(
        d,
        (41, 176),
        [
            [shoulder, hip],
            [hip, knee, ankle, (ankle[0] + FOOT, 184)],
            [shoulder, (88, 184), (112, 185)],
        ],
    )
    d.line([hip, knee], HOLD, BODY_W)
    offset = polar((0, 0), slope - 90, 16)
    start, end = polar(shoulder, slope, -12), polar(knee, slope, 14)
    d.line(
        [(start[0] + offset[0], start[1] + offset[1]), (end[0] + offset[0], end[1] + offset[1])],
        HOLD,
        ARROW_W,
        "7 5",
    )
    d.arrow([(hip[0], 186), (hip[0], 166)], HOLD)
    return d


def windmill() -> Drawing:
    d = Drawing(
        "Single-leg windmill: standing on one leg, hinge at the hips and reach "
        "toward the foot, then return to standing"
    )
    d.floor(196)
    ankle, knee, hip = (118.0, 188.0), (118.0, 146.0), (118.0, 102.0)
    toe = (ankle[0] + FOOT, 190.0)
    upright = (118.0, 42.0)
    figure(
        d,
        (118, 23),
        [[hip, upright], [upright, (121, 72), (122, 100)], [hip, (108, 145), (86, 176)]],
        ghost=True,
    )
    shoulder = polar(hip, 195, TORSO)
    reach = math.degrees(math.atan2(ankle[1] - shoulder[1], ankle[0] - shoulder[0]))
    elbow = polar(shoulder, reach, UPPER_ARM)
    hand = polar(elbow, reach, FOREARM)
    free_knee = polar(hip, -8, THIGH)
    free_ankle = polar(free_knee, -5, SHIN)
    figure(
        d,
        polar(shoulder, 195, NECK + HEAD_R),
        [
            [toe, ankle, knee, hip, shoulder],
            [shoulder, elbow, hand],
            [shoulder, polar(shoulder, 95, 30), polar(shoulder, 95, 58)],
            [hip, free_knee, free_ankle, polar(free_ankle, 85, 12)],
        ],
    )
    d.line([knee, hip], MOVE, BODY_W)
    d.line([polar(hand, reach, 10), polar(ankle, reach + 180, 14)], MOVE, 3, "2 6")
    d.arc_arrow(hip, 100, -100, -152, MOVE)
    return d


def gentle_stretch() -> Drawing:
    d = Drawing(
        "Gentle stretch: lying on the back, one knee bent, a towel around the other "
        "foot raising the straight leg to a mild stretch"
    )
    d.floor(190)
    shoulder, hip = (58.0, 182.0), (118.0, 182.0)
    bent_knee = polar(hip, -35, THIGH)
    bent_ankle = polar(bent_knee, 36, SHIN)
    raise_angle = -52
    knee = polar(hip, raise_angle, THIGH)
    ankle = polar(knee, raise_angle, SHIN)
    toe = polar(ankle, raise_angle - 90, FOOT)
    elbow = polar(shoulder, -45, UPPER_ARM)
    hand = polar(elbow, -35, FOREARM)
    d.line([hip, (162, 182), (204, 182)], GHOST, GHOST_W)
    figure(
        d,
        (39, 178),
        [
            [shoulder, hip],
            [hip, bent_knee, bent_ankle, (bent_ankle[0] + FOOT, 184)],
            [hip, knee, ankle, toe],
            [shoulder, elbow, hand],
        ],
    )
    d.line([hip, knee], STRETCH, BODY_W)
    sole = polar(ankle, raise_angle, 7)
    sole_toe = polar(toe, raise_angle, 7)
    d.line([hand, sole, sole_toe, hand], TOWEL_EDGE, 5)
    d.arc_arrow(hip, 104, -6, -42, STRETCH)
    return d


def nordic_curl() -> Drawing:
    d = Drawing(
        "Nordic curl: kneeling with the ankles held down, lower the straight body "
        "forward slowly, hands ready to catch"
    )
    d.floor(196)
    d.rect(50, 188, 82, 8, CUSHION)
    knee, ankle = (104.0, 184.0), (60.0, 184.0)
    d.rect(26, 162, 50, 17, WOOD)
    figure(
        d,
        (104, 63),
        [[knee, (104, 142), (104, 82)], [(104, 82), (106, 112), (108, 138)]],
        ghost=True,
    )
    lean = -50
    hip = polar(knee, lean, THIGH)
    shoulder = polar(hip, lean, TORSO)
    elbow = polar(shoulder, 40, UPPER_ARM)
    figure(
        d,
        polar(shoulder, lean, NECK + HEAD_R),
        [
            [polar(ankle, 180, 12), ankle, knee, hip, shoulder],
            [shoulder, elbow, polar(elbow, 70, FOREARM)],
        ],
    )
    d.line([knee, hip], MOVE, BODY_W)
    d.arc_arrow(knee, 138, -86, -56, MOVE)
    return d


def banded_flexion() -> Drawing:
    d = Drawing(
        "Banded hamstring flexion: lying face down, a band from the ankle to a "
        "fixed post, bend the knee to bring the heel toward the buttock"
    )
    d.floor(190)
    shoulder, hip = (50.0, 180.0), (110.0, 180.0)
    knee = polar(hip, 0, THIGH)
    d.line([knee, (196, 180), (198, 188)], GHOST, GHOST_W)
    ankle = polar(knee, -70, SHIN)
    d.rect(222, 112, 12, 78, WOOD)
    d.line([ankle, (222, 178)], BAND, 4)
    figure(d, (30, 177), [[shoulder, hip, knee, ankle, polar(ankle, 20, 12)], prone_arms(shoulder)])
    d.line([hip, knee], MOVE, BODY_W)
    d.arc_arrow(knee, 60, -24, -68, MOVE)
    return d


def squat() -> Drawing:
    d = Drawing(
        "Squat: feet flat, sit back and down as if onto a chair, chest up, then stand back up"
    )
    d.floor(198)
    for points in ([(46, 104), (46, 196)], [(46, 150), (80, 150)], [(80, 150), (80, 196)]):
        d.line(points, WOOD, 5)
    ankle = (112.0, 190.0)
    toe = (ankle[0] + FOOT, 194.0)
    figure(
        d,
        (112, 25),
        [[ankle, (112, 148), (112, 104), (112, 44)], [(112, 44), (114, 74), (115, 102)]],
        ghost=True,
    )
    knee = polar(ankle, -58, SHIN)
    hip = polar(knee, 198, THIGH)
    shoulder = polar(hip, -68, TORSO)
    elbow = polar(shoulder, -5, UPPER_ARM)
    figure(
        d,
        polar(shoulder, -68, NECK + HEAD_R),
        [[toe, ankle, knee, hip, shoulder], [shoulder, elbow, polar(elbow, 0, FOREARM)]],
    )
    d.line([knee, hip], MOVE, BODY_W)
    d.arrow([(204, 64), (204, 140)], MOVE, both_ends=True)
    return d


def hamstring_curl() -> Drawing:
    d = Drawing(
        "Standing hamstring curl: holding a chair, bend one knee to bring the heel "
        "up behind toward the buttock"
    )
    d.floor(198)
    for points in ([(152, 84), (152, 196)], [(152, 146), (192, 146)], [(192, 146), (192, 196)]):
        d.line(points, WOOD, 5)
    ankle, standing_knee = (104.0, 190.0), (104.0, 148.0)
    hip, shoulder = (104.0, 104.0), (104.0, 44.0)
    knee = polar(hip, 92, THIGH)
    d.line([knee, polar(knee, 95, SHIN)], GHOST, GHOST_W)
    curl_ankle = polar(knee, 200, SHIN)
    elbow = polar(shoulder, 50, UPPER_ARM)
    figure(
        d,
        (104, 25),
        [
            [(ankle[0] + FOOT, 194), ankle, standing_knee, hip, shoulder],
            [shoulder, elbow, polar(elbow, 40, FOREARM)],
            [shoulder, (100, 74), (98, 100)],
            [hip, knee, curl_ankle, polar(curl_ankle, 110, 12)],
        ],
    )
    d.line([hip, knee], MOVE, BODY_W)
    d.arc_arrow(knee, 56, 100, 192, MOVE)
    return d


ILLUSTRATIONS: dict[str, Callable[[], Drawing]] = {
    "ice": ice,
    "bridge-hold": bridge_hold,
    "windmill": windmill,
    "gentle-stretch": gentle_stretch,
    "nordic-curl": nordic_curl,
    "banded-flexion": banded_flexion,
    "squat": squat,
    "hamstring-curl": hamstring_curl,
}


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for session_id, draw in ILLUSTRATIONS.items():
        path = out_dir / f"{session_id}.svg"
        path.write_text(draw().svg(), encoding="utf-8")
        print(path)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT_DIR)
