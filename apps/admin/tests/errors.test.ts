import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { problemFromJson, readProblem } from '../src/shared/errors';

const badInput = (fields: { path: string[]; message: string }[]) =>
  new CombinedError({
    graphQLErrors: [
      {
        message: `Dữ liệu không hợp lệ. ${fields.map((f) => `${f.path.join('.')}: ${f.message}`).join('; ')}`,
        extensions: { code: 'BAD_USER_INPUT', fields },
      },
    ],
  });

describe('readProblem: no field codes or paths reach the banner', () => {
  it('puts known fields beside their inputs and keeps the others apart, by name, for the banner to label', () => {
    const error = badInput([
      { path: ['input', 'code'], message: 'Mã chỉ gồm chữ in hoa.' },
      { path: ['input', 'person', 'ceremonyOn'], message: 'Ngày không được trước 16/12/2026.' },
    ]);
    const problem = readProblem(error, ['code']);
    expect(problem.fields).toEqual({ code: 'Mã chỉ gồm chữ in hoa.' });
    expect(problem.unplaced).toEqual([{ field: 'ceremonyOn', message: 'Ngày không được trước 16/12/2026.' }]);
    expect(problem.general).toEqual([]);
  });

  it('does not repeat the top-level summary (input.person.ceremonyOn: …) when no field is shown', () => {
    const problem = readProblem(badInput([{ path: ['input', 'person', 'ceremonyOn'], message: 'Sai.' }]), []);
    expect(problem.general).toEqual([]);
    expect(problem.unplaced).toEqual([{ field: 'ceremonyOn', message: 'Sai.' }]);
  });

  it('keeps a message without fields as it is', () => {
    const error = new CombinedError({
      graphQLErrors: [{ message: 'Bạn không có quyền.', extensions: { code: 'FORBIDDEN' } }],
    });
    expect(readProblem(error).general).toEqual(['Bạn không có quyền.']);
  });

  it('reads the same from /import and /export answers', () => {
    const body = {
      errors: [
        {
          message: 'Dữ liệu không hợp lệ. organizationId: Bắt buộc nhập.',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ path: ['organizationId'], message: 'Bắt buộc nhập.' }] },
        },
      ],
    };
    expect(problemFromJson(body, 400, []).unplaced).toEqual([{ field: 'organizationId', message: 'Bắt buộc nhập.' }]);
    expect(problemFromJson(body, 400, []).general).toEqual([]);
    expect(problemFromJson(body, 400, ['organizationId']).fields).toEqual({ organizationId: 'Bắt buộc nhập.' });
  });
});
