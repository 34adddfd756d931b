/**
 * The order targets run in, round by round: reversed every other round, so slow drift on a
 * shared machine hits them all alike (over two rounds every target's mean position is the same).
 */
export function alternate<T>(targets: readonly T[], round: number): readonly T[] {
  return round % 2 === 0 ? targets : [...targets].reverse();
}
