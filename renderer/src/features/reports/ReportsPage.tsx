import { ComingSoon } from '../../components/ComingSoon';

export const ReportsPage = () => <ComingSoon area="reports" />;
