// What "Sign and export" waits for: the blocking items of the compliance check, in plain words, each a link to the place to
// fix it (the compliance list's go-to). Shown instead of a bare error when Sign is pressed too early.
import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ComplianceItem } from '../../../../electron/common/compliance/run-compliance-check';
import type { GoTo } from './sign-check';

export function MissingBeforeSigning({ items, goTo }: { items: readonly ComplianceItem[]; goTo: GoTo | null }) {
  return (
    <div role="alert" aria-label="Not signed yet">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            Not signed: {items.length === 1 ? 'this is' : `these ${items.length} are`} still missing. Complete{' '}
            {items.length === 1 ? 'it' : 'them'}, then sign again.
          </MessageBarTitle>
          <ul aria-label="Missing before signing" style={{ margin: '4px 0 0', paddingLeft: 20 }}>
            {items.map((item) => (
              <li key={item.id}>
                {goTo ? <Link onClick={() => goTo(item.target)}>{item.label}</Link> : item.label}: {item.message}
              </li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
