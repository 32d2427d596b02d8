import type { ReactNode } from 'react';
import { Paragraph } from 'suomifi-ui-components';

/** A list with nothing in it says so in words, never a blank space. */
export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <Paragraph className="empty-state" mb="s">
      {children}
    </Paragraph>
  );
}
