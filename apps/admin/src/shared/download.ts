import { apiHeaders } from '../app/client';
import { setToken } from '../app/token-store';
import { type ApiProblem, NO_PROBLEM, problemFromJson } from './errors';
import { filenameOf, saveFile } from './save-file';

/**
 * Downloads a file the api serves under the session (an export route), named
 * as the api names it; answers the problem when the api refuses (JSON in the
 * error model), signing out on 401.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<ApiProblem> {
  let response: Response;
  try {
    response = await fetch(path, { headers: apiHeaders() });
  } catch (e) {
    return { ...NO_PROBLEM, general: [(e as Error).message], codes: ['NETWORK'] };
  }
  if (!response.ok) {
    const body = await response.json().catch(() => null);
    if (response.status === 401) setToken(null);
    return problemFromJson(body, response.status);
  }
  saveFile(await response.blob(), filenameOf(response.headers.get('Content-Disposition'), fallbackName));
  return NO_PROBLEM;
}
