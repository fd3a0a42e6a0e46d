import { PracticeListPage } from '../features/practices/components/PracticeListPage';
import { Layout } from './Layout';

/** The app: one page for now; a router comes with the second. */
export function App() {
  return (
    <Layout>
      <PracticeListPage />
    </Layout>
  );
}
