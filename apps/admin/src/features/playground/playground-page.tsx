import { GraphiQL, type GraphiQLProps } from 'graphiql';
import 'graphiql/style.css';
import { useEffect, useRef } from 'react';
import { apiHeaders } from '../../app/client';
import { useI18n } from '../../app/i18n';

const DEFAULT_QUERY = `# Đảng vụ GraphQL API. Ctrl+Enter chạy truy vấn / runs the query.
query Me {
  me {
    username
    displayName
    role
    scope { code name }
  }
}
`;

/**
 * Sends each request with the session's token and language, POST only (the
 * api refuses GET); headers typed in GraphiQL's header editor win.
 */
const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      ...apiHeaders(),
      ...(options?.headers as Record<string, string> | undefined),
    },
    body: JSON.stringify(params),
  });
  return response.json();
};

/** Stable selectors on GraphiQL's own run button and response pane, for browser tests. */
const TEST_IDS: [string, string][] = [
  ['.graphiql-execute-button', 'playground-run'],
  ['.graphiql-response', 'playground-result'],
];

/** GraphiQL 4, bundled with the app (no CDN), loaded only when this page is opened. */
export function PlaygroundPage() {
  const { t } = useI18n();
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = host.current;
    if (!root) return;
    const tag = () => {
      for (const [selector, testid] of TEST_IDS) {
        const el = root.querySelector(selector);
        if (el && el.getAttribute('data-testid') !== testid) el.setAttribute('data-testid', testid);
      }
    };
    tag();
    const observer = new MutationObserver(tag);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  return (
    <div className="page page-full">
      <h1 className="visually-hidden">{t('playgroundTitle')}</h1>
      <div className="playground" ref={host} data-testid="playground">
        <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} shouldPersistHeaders={false} />
      </div>
    </div>
  );
}
