import { describe, expect, it } from 'vitest';
import { tokenFromHash } from '../../../renderer/api/session-token';

describe('tokenFromHash', () => {
  it('reads the token the bridge puts in the launch URL', () => {
    expect(tokenFromHash('#token=Zm9vYmFy_-0123456789')).toBe('Zm9vYmFy_-0123456789');
    expect(tokenFromHash('token=abc')).toBe('abc');
  });

  it('ignores other fragments and refuses tokens with characters a token never has', () => {
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#/new')).toBeNull();
    expect(tokenFromHash('#token=')).toBeNull();
    expect(tokenFromHash('#token=<script>')).toBeNull();
    expect(tokenFromHash('#token=a b')).toBeNull();
    expect(tokenFromHash(`#token=${'a'.repeat(513)}`)).toBeNull();
  });
});
