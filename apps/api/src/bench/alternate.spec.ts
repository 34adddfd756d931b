import { alternate } from './alternate';

describe('alternate', () => {
  it('keeps the order in even rounds and reverses it in odd ones', () => {
    expect(alternate(['API', 'floor', 'raw'], 0)).toEqual(['API', 'floor', 'raw']);
    expect(alternate(['API', 'floor', 'raw'], 1)).toEqual(['raw', 'floor', 'API']);
    expect(alternate(['API', 'floor', 'raw'], 2)).toEqual(['API', 'floor', 'raw']);
    expect(alternate(['API', 'bare'], 3)).toEqual(['bare', 'API']);
  });

  it('leaves the list it was given as it was', () => {
    const targets = ['API', 'bare'];
    alternate(targets, 1);
    expect(targets).toEqual(['API', 'bare']);
  });

  it('gives every target the same mean position over two rounds', () => {
    const targets = ['a', 'b', 'c', 'd'];
    const positions = targets.map((target) =>
      [0, 1].reduce((sum, round) => sum + alternate(targets, round).indexOf(target), 0),
    );
    expect(new Set(positions).size).toBe(1);
  });
});
